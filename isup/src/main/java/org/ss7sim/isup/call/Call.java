package org.ss7sim.isup.call;

import org.ss7sim.isup.circuit.Circuit;
import org.ss7sim.isup.circuit.CircuitUse;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.message.Release;

/**
 * One call and the circuit it occupies: the record {@link CallProcessing} keeps per call. Its state
 * changes only through {@link CallStateMachine} transitions applied by call processing.
 */
final class Call implements CircuitUse {
  final CallReference reference;
  final boolean outgoing;
  final CallSetup setup;
  Circuit circuit;
  CallState state = CallState.IDLE;
  InitialAddress iam;

  /** The REL sent (repeated on T1). */
  Release rel;

  /** T7/T8/T9, T1, T5, T33; set once by call processing. */
  CallTimers timers;

  long setupNanos;
  long alertingNanos = -1;
  long answerNanos = -1;
  long releaseNanos = -1;
  boolean ended;
  int repeatAttempts;

  Call(CallReference reference, boolean outgoing, CallSetup setup) {
    this.reference = reference;
    this.outgoing = outgoing;
    this.setup = setup;
  }

  @Override
  public boolean outgoing() {
    return outgoing;
  }

  boolean alerted() {
    return alertingNanos >= 0;
  }

  CallTiming timing() {
    return new CallTiming(setupNanos, alertingNanos, answerNanos, releaseNanos);
  }

  @Override
  public String toString() {
    return reference + (outgoing ? " out " : " in ") + state + " on " + circuit;
  }
}
