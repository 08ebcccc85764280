package org.ss7sim.inap.ssf;

import org.ss7sim.inap.message.Cause;

/** Receives the outcome of an IN query, on the TCAP stack's thread. */
public interface SsfListener {
  /** The decision for the call: exactly once per query. */
  void onDecision(SsfCall call, SsfDecision decision);

  /** The SCF sent ReleaseCall after its decision, while events were monitored. */
  default void onReleaseDuringCall(SsfCall call, Cause cause) {}
}
