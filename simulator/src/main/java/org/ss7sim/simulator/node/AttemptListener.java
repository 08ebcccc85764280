package org.ss7sim.simulator.node;

/** What the starter of an attempt (a call, a short message) hears. */
public interface AttemptListener {
  /** The attempt succeeded or failed (once). */
  void onOutcome(Outcome outcome);

  /** Everything the attempt held is released (once, after the outcome). */
  void onEnded();
}
