package org.ss7sim.isup.call;

import org.ss7sim.isup.circuit.Circuit;
import org.ss7sim.isup.circuit.IsupTimer;
import org.ss7sim.isup.message.CallProgress;
import org.ss7sim.isup.message.Continuity;
import org.ss7sim.isup.message.Information;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.message.Release;
import org.ss7sim.isup.message.ReleaseComplete;
import org.ss7sim.isup.message.SubsequentAddress;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.isup.parameter.EventInformation;
import org.ss7sim.isup.parameter.InformationIndicators;
import org.ss7sim.isup.parameter.OptionalParameters;

/**
 * Call-control messages from the peer exchange (Q.764 §2.1–§2.3): each becomes an event of the call
 * on the circuit; messages for an idle circuit get the answers Q.764 §2.9.5 asks for.
 */
final class PeerMessages {
  private PeerMessages() {}

  /**
   * A call-control message for {@code circuit} (IAM, SAM, COT, ACM, CPG, CON, ANM, SUS, RES, REL,
   * RLC, INR, INF).
   */
  static void onMessage(CallProcessing p, Circuit circuit, IsupMessage m) {
    if (m instanceof InitialAddress iam) {
      IncomingCalls.onInitialAddress(p, circuit, iam);
      return;
    }
    Call call = circuit.use() instanceof Call c ? c : null;
    if (call == null) {
      onMessageForIdleCircuit(p, circuit, m);
      return;
    }
    switch (m.type()) {
      case SAM -> IncomingCalls.onSubsequentAddress(p, call, (SubsequentAddress) m);
      case COT -> IncomingCalls.onContinuity(p, call, (Continuity) m);
      case ACM -> {
        if (p.fire(call, CallEvent.PEER_ACM)) {
          call.alertingNanos = p.clock.nanoTime();
          p.startCallTimer(call, IsupTimer.T9, CallEvent.T9_EXPIRY);
          p.user.onAlerting(call.reference);
        }
      }
      case CPG -> {
        if (p.fire(call, CallEvent.PEER_CPG)) {
          int event = ((CallProgress) m).event().event();
          if (event == EventInformation.ALERTING && call.alertingNanos < 0) {
            call.alertingNanos = p.clock.nanoTime();
            p.user.onAlerting(call.reference);
          } else {
            p.user.onProgress(call.reference, event);
          }
        }
      }
      case CON, ANM -> {
        if (p.fire(
            call,
            m.type() == org.ss7sim.isup.message.IsupMessageType.CON
                ? CallEvent.PEER_CON
                : CallEvent.PEER_ANM)) {
          call.stopCallTimer();
          call.answerNanos = p.clock.nanoTime();
          p.user.onAnswer(call.reference);
        }
      }
      case SUS -> p.fire(call, CallEvent.PEER_SUS);
      case RES -> p.fire(call, CallEvent.PEER_RES);
      case REL -> onRelease(p, call, (Release) m);
      case RLC -> {
        if (p.fire(call, CallEvent.PEER_RLC)) {
          p.finish(call);
        }
      }
      case INR -> {
        if (p.fire(call, CallEvent.PEER_INR)) {
          CallingPartyNumber calling = call.iam.optional().find(CallingPartyNumber.class);
          OptionalParameters o = OptionalParameters.of(call.iam.callingPartysCategory());
          if (calling != null) {
            o = o.with(calling);
          }
          p.send(
              call,
              new Information(
                  call.circuit.cic(), new InformationIndicators(calling != null ? 0x23 : 0x21), o));
        }
      }
      case INF -> {
        if (p.fire(call, CallEvent.PEER_INF) && call.t33 != null) {
          call.t33.cancel();
          call.t33 = null;
        }
      }
      default -> p.countUnexpected();
    }
  }

  private static void onRelease(CallProcessing p, Call call, Release rel) {
    boolean collision = call.state == CallState.RELEASE_SENT;
    if (!p.fire(call, CallEvent.PEER_REL)) {
      return;
    }
    Circuit circuit = call.circuit;
    if (!collision) {
      p.tellEnd(call, rel.cause().cause(), CallRelease.Initiator.REMOTE);
    }
    p.finish(call);
    p.signalling.send(circuit.group().remote(), new ReleaseComplete(circuit.cic()));
  }

  /**
   * REL on an idle circuit is answered with RLC (Q.764 §2.9.5.2); RLC may end a reset; others are
   * discarded.
   */
  private static void onMessageForIdleCircuit(CallProcessing p, Circuit circuit, IsupMessage m) {
    switch (m.type()) {
      case REL -> p.signalling.send(circuit.group().remote(), new ReleaseComplete(circuit.cic()));
      case RLC -> {
        if (!p.supervision.onResetComplete(circuit)) {
          p.countUnexpected();
        }
      }
      default -> p.countUnexpected();
    }
  }

  /**
   * UCIC for a circuit: the remote end does not have it; clear any call and stop using it (Q.764
   * §2.12).
   */
  static void onUnequipped(CallProcessing p, Circuit circuit) {
    if (circuit.use() instanceof Call call) {
      p.circuitCleared(call, CauseValue.TEMPORARY_FAILURE);
    }
    p.supervision.markRemoteUnequipped(circuit);
  }
}
