package org.ss7sim.isup.call;

import org.ss7sim.isup.message.AddressComplete;
import org.ss7sim.isup.message.CallProgress;
import org.ss7sim.isup.message.Continuity;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.message.Release;
import org.ss7sim.isup.message.SubsequentAddress;
import org.ss7sim.isup.parameter.EventInformation;
import org.ss7sim.isup.parameter.SubsequentNumber;

/**
 * Which {@link CallEvent} a call-control message from the peer is, and the values it brings (Q.764
 * §2.1–§2.3). Pure: decided from the message and the values given.
 */
final class PeerEvents {
  private PeerEvents() {}

  /**
   * The event of an IAM on a circuit without a call: refused when this end blocks the circuit
   * (§2.8.2.3), waiting for COT (§2.1.8), incomplete under overlap receiving (§2.1.2.2), or
   * complete.
   */
  static CallEvent ofInitialAddress(
      InitialAddress iam, boolean locallyBlocked, boolean overlapReceiving) {
    if (locallyBlocked) {
      return CallEvent.PEER_IAM_ON_BLOCKED_CIRCUIT;
    } else if (iam.natureOfConnection().continuityCheckRequired()) {
      return CallEvent.PEER_IAM_CONTINUITY_CHECK;
    } else if (overlapReceiving && !iam.calledPartyNumber().endOfPulsing()) {
      return CallEvent.PEER_IAM_INCOMPLETE;
    }
    return CallEvent.PEER_IAM;
  }

  /**
   * The event of a message (other than IAM) for a call, or null when the message is not one of call
   * control's.
   *
   * @param alerted the call has been alerted already (a CPG "alerting" is then progress)
   * @param overlapReceiving this end waits for ST
   * @param iam the call's IAM (for COT: whether its number was complete)
   */
  static CallEvent of(
      IsupMessage m, boolean alerted, boolean overlapReceiving, InitialAddress iam) {
    return switch (m.type()) {
      case SAM ->
          ((SubsequentAddress) m).subsequentNumber().endOfPulsing()
              ? CallEvent.PEER_SAM_LAST
              : CallEvent.PEER_SAM;
      case COT -> {
        if (!((Continuity) m).indicators().successful()) {
          yield CallEvent.PEER_COT_FAILURE;
        }
        boolean complete = !overlapReceiving || iam.calledPartyNumber().endOfPulsing();
        yield complete ? CallEvent.PEER_COT_SUCCESS : CallEvent.PEER_COT_SUCCESS_INCOMPLETE;
      }
      case ACM -> CallEvent.PEER_ACM;
      case CPG ->
          ((CallProgress) m).event().event() == EventInformation.ALERTING && !alerted
              ? CallEvent.PEER_CPG_ALERTING
              : CallEvent.PEER_CPG;
      case CON -> CallEvent.PEER_CON;
      case ANM -> CallEvent.PEER_ANM;
      case SUS -> CallEvent.PEER_SUS;
      case RES -> CallEvent.PEER_RES;
      case REL -> CallEvent.PEER_REL;
      case RLC -> CallEvent.PEER_RLC;
      case INR -> CallEvent.PEER_INR;
      case INF -> CallEvent.PEER_INF;
      default -> null;
    };
  }

  /**
   * The values a message brings: SAM digits without ST, the CPG event, the REL cause, the ACM's
   * called party's status.
   */
  static CallInput input(IsupMessage m) {
    if (m instanceof AddressComplete acm) {
      return CallInput.alerting(acm.backwardCall().calledPartyStatus());
    } else if (m instanceof SubsequentAddress sam) {
      SubsequentNumber n = sam.subsequentNumber();
      return CallInput.digits(CallMessages.stripSt(n.digits()), n.endOfPulsing());
    } else if (m instanceof CallProgress cpg) {
      return CallInput.progress(cpg.event().event());
    } else if (m instanceof Release rel) {
      return CallInput.cause(rel.cause().cause());
    }
    return CallInput.NONE;
  }
}
