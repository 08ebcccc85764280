package org.ss7sim.isup.call;

import org.ss7sim.isup.circuit.Circuit;
import org.ss7sim.isup.circuit.CircuitUse;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.message.Release;
import org.ss7sim.wire.time.Timer;

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

  /** T7, T8 or T9, whichever the state runs. */
  Timer callTimer;

  Timer t1;
  Timer t5;
  Timer t33;
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

  void stopCallTimer() {
    if (callTimer != null) {
      callTimer.cancel();
      callTimer = null;
    }
  }

  void stopT33() {
    if (t33 != null) {
      t33.cancel();
      t33 = null;
    }
  }

  void stopAllTimers() {
    stopCallTimer();
    stopT33();
    if (t1 != null) {
      t1.cancel();
      t1 = null;
    }
    if (t5 != null) {
      t5.cancel();
      t5 = null;
    }
  }

  CallTiming timing() {
    return new CallTiming(setupNanos, alertingNanos, answerNanos, releaseNanos);
  }

  @Override
  public String toString() {
    return reference + (outgoing ? " out " : " in ") + state + " on " + circuit;
  }
}
