package org.ss7sim.isup.call;

import org.ss7sim.isup.circuit.Circuit;
import org.ss7sim.isup.circuit.CircuitUse;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.wire.time.Timer;

/** One call and the circuit it occupies; its state changes only through {@link CallProcessing}. */
final class Call implements CircuitUse {
  final CallReference reference;
  final boolean outgoing;
  final CallProcessing owner;
  final CallSetup setup;
  Circuit circuit;
  CallState state = CallState.IDLE;
  InitialAddress iam;

  /** T7, T8 or T9, whichever the state runs. */
  Timer callTimer;

  Timer t1;
  Timer t5;
  Timer t33;
  long setupNanos;
  long alertingNanos = -1;
  long answerNanos = -1;
  long releaseNanos = -1;

  /** The user has been told of this call (incoming: presented); it must hear of its end. */
  boolean userKnows;

  boolean ended;
  CallRelease release;
  int repeatAttempts;

  Call(CallReference reference, boolean outgoing, CallProcessing owner, CallSetup setup) {
    this.reference = reference;
    this.outgoing = outgoing;
    this.owner = owner;
    this.setup = setup;
  }

  @Override
  public void clearLocally(CauseValue cause) {
    owner.circuitCleared(this, cause);
  }

  boolean outgoing() {
    return outgoing;
  }

  void stopCallTimer() {
    if (callTimer != null) {
      callTimer.cancel();
      callTimer = null;
    }
  }

  void stopAllTimers() {
    stopCallTimer();
    if (t1 != null) {
      t1.cancel();
      t1 = null;
    }
    if (t5 != null) {
      t5.cancel();
      t5 = null;
    }
    if (t33 != null) {
      t33.cancel();
      t33 = null;
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
