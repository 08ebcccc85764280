package org.ss7sim.isup.call;

import org.ss7sim.isup.circuit.Circuit;
import org.ss7sim.isup.message.Continuity;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.message.SubsequentAddress;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.CauseValue;

/**
 * The incoming half of call set-up (Q.764 §2.1.2, §2.1.8, §2.8.2.3, §2.9.1.4): IAM with dual
 * seizure detection, continuity, overlap with SAM.
 */
final class IncomingCalls {
  private IncomingCalls() {}

  static void onInitialAddress(CallProcessing p, Circuit circuit, InitialAddress iam) {
    Call lost = null;
    if (circuit.use() instanceof Call existing) {
      if (existing.outgoing() && existing.state == CallState.AWAITING_ADDRESS_COMPLETE) {
        // Dual seizure (Q.764 §2.9.1.4): the controlling exchange keeps its call and ignores the
        // IAM;
        // the other one backs off and re-attempts its call on another circuit.
        p.countDualSeizure();
        if (circuit.group().controls(circuit)) {
          return;
        }
        lost = existing;
        lost.circuit.use(null, 0);
      } else {
        p.countUnexpected();
        return;
      }
    }
    // An IAM unblocks a circuit the remote end had blocked for maintenance (Q.764 §2.8.2.3 iii).
    p.clearRemoteMaintenanceBlocking(circuit);
    Call call = newIncoming(p, circuit, iam);
    if (circuit.locallyBlocked()) {
      // We block this circuit: refuse the call; the remote end learns again through BLO repetition.
      p.fireEvent(call, CallEvent.PEER_IAM);
      p.releaseByNetwork(call, CauseValue.TEMPORARY_FAILURE);
    } else if (iam.natureOfConnection().continuityCheckRequired()) {
      p.fireEvent(call, CallEvent.PEER_IAM_CONTINUITY_CHECK);
      p.startT8(call);
    } else if (p.overlapReceiving() && !iam.calledPartyNumber().endOfPulsing()) {
      p.fireEvent(call, CallEvent.PEER_IAM_INCOMPLETE);
      present(p, call, false);
    } else {
      p.fireEvent(call, CallEvent.PEER_IAM);
      present(p, call, true);
    }
    if (lost != null) {
      p.repeatAttempt(lost);
    }
  }

  static void onContinuity(CallProcessing p, Call call, Continuity cot) {
    CallEvent event =
        cot.indicators().successful() ? CallEvent.PEER_COT_SUCCESS : CallEvent.PEER_COT_FAILURE;
    if (!p.fireEvent(call, event)) {
      return;
    }
    p.stopCallTimer(call);
    if (event == CallEvent.PEER_COT_FAILURE) {
      p.releaseByNetwork(call, CauseValue.TEMPORARY_FAILURE);
      return;
    }
    boolean complete = !p.overlapReceiving() || call.iam.calledPartyNumber().endOfPulsing();
    if (!complete) {
      call.state = CallState.COLLECTING_ADDRESS;
    }
    present(p, call, complete);
  }

  static void onSubsequentAddress(CallProcessing p, Call call, SubsequentAddress sam) {
    boolean last = sam.subsequentNumber().endOfPulsing();
    if (p.fireEvent(call, last ? CallEvent.PEER_SAM_LAST : CallEvent.PEER_SAM)) {
      moreDigits(p, call, sam.subsequentNumber().digits(), last);
    }
  }

  static Call newIncoming(CallProcessing p, Circuit circuit, InitialAddress iam) {
    Call call = p.newCall(false, null);
    call.circuit = circuit;
    call.iam = iam;
    call.setupNanos = p.clock.nanoTime();
    circuit.use(call, p.clock.nanoTime());
    return call;
  }

  static void present(CallProcessing p, Call call, boolean complete) {
    call.userKnows = true;
    InitialAddress iam = call.iam;
    CallingPartyNumber calling = iam.optional().find(CallingPartyNumber.class);
    p.user.onIncomingCall(
        new IncomingCall(
            call.reference,
            call.circuit.group().name(),
            call.circuit.cic(),
            stripSt(iam.calledPartyNumber().digits()),
            calling == null ? "" : calling.digits(),
            iam.callingPartysCategory().bits(),
            complete,
            iam));
  }

  static void moreDigits(CallProcessing p, Call call, String digits, boolean complete) {
    p.user.onMoreDigits(call.reference, stripSt(digits), complete);
  }

  static String stripSt(String digits) {
    return digits.endsWith("f") || digits.endsWith("F")
        ? digits.substring(0, digits.length() - 1)
        : digits;
  }
}
