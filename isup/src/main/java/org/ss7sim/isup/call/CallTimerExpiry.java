package org.ss7sim.isup.call;

import org.ss7sim.isup.circuit.Circuit;
import org.ss7sim.isup.circuit.IsupTimer;
import org.ss7sim.isup.message.Release;
import org.ss7sim.isup.parameter.CauseValue;

/**
 * What call processing does when a call's timer expires (Q.764 §2.1, §2.3.1, §2.10.2): T7, T8, T9
 * and T33 release the call; T1 repeats the REL; T5 hands the circuit to the reset procedure.
 */
final class CallTimerExpiry {
  private CallTimerExpiry() {}

  /** T7 (no ACM), T8 (no COT) or T9 (no answer): release with the cause the expiry implies. */
  static void callTimer(CallProcessing p, Call call, CallEvent expiry) {
    call.callTimer = null;
    if (call.ended && call.state == CallState.IDLE) {
      return;
    }
    CauseValue cause =
        switch (expiry) {
          case T7_EXPIRY -> CauseValue.RECOVERY_ON_TIMER_EXPIRY;
          case T9_EXPIRY -> CauseValue.NO_ANSWER;
          case T8_EXPIRY -> CauseValue.TEMPORARY_FAILURE;
          default -> CauseValue.PROTOCOL_ERROR;
        };
    if (p.fire(call, expiry)) {
      p.startRelease(call, cause, CallRelease.Initiator.NETWORK);
    }
  }

  /** T33 (no INF): release with cause 111. */
  static void t33(CallProcessing p, Call call) {
    call.t33 = null;
    if (p.fire(call, CallEvent.T33_EXPIRY)) {
      p.startRelease(call, CauseValue.PROTOCOL_ERROR, CallRelease.Initiator.NETWORK);
    }
  }

  /** T1: send the REL again and restart T1. */
  static void t1(CallProcessing p, Call call, Release rel) {
    if (p.fire(call, CallEvent.T1_EXPIRY)) {
      call.t1 = p.schedule(IsupTimer.T1, () -> t1(p, call, rel));
      p.send(call, rel);
    }
  }

  /** T5: stop T1, give the circuit to the reset procedure (RSC, T16/T17) (Q.764 §2.10.2). */
  static void t5(CallProcessing p, Call call) {
    call.t5 = null;
    if (p.fire(call, CallEvent.T5_EXPIRY)) {
      Circuit c = call.circuit;
      p.finish(call);
      p.supervision.alertMaintenance(c, "T5 expired awaiting RLC");
      p.supervision.reset(c);
    }
  }
}
