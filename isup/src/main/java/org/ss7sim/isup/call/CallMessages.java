package org.ss7sim.isup.call;

import org.ss7sim.isup.circuit.Circuit;
import org.ss7sim.isup.message.AddressComplete;
import org.ss7sim.isup.message.Answer;
import org.ss7sim.isup.message.CallProgress;
import org.ss7sim.isup.message.Cic;
import org.ss7sim.isup.message.Connect;
import org.ss7sim.isup.message.Information;
import org.ss7sim.isup.message.InformationRequest;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.message.Release;
import org.ss7sim.isup.message.ReleaseComplete;
import org.ss7sim.isup.message.SubsequentAddress;
import org.ss7sim.isup.parameter.BackwardCallIndicators;
import org.ss7sim.isup.parameter.CalledPartyNumber;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.EventInformation;
import org.ss7sim.isup.parameter.ForwardCallIndicators;
import org.ss7sim.isup.parameter.InformationIndicators;
import org.ss7sim.isup.parameter.InformationRequestIndicators;
import org.ss7sim.isup.parameter.NatureOfAddress;
import org.ss7sim.isup.parameter.NatureOfConnectionIndicators;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.isup.parameter.SubsequentNumber;
import org.ss7sim.isup.parameter.TransmissionMediumRequirement;

/** The call messages and indications this exchange builds, from values only (Q.763, Q.764 §2.1). */
final class CallMessages {
  private static final BackwardCallIndicators ALERTING_BCI =
      BackwardCallIndicators.of(2, 1, 1, true);
  private static final BackwardCallIndicators CONNECT_BCI =
      BackwardCallIndicators.of(2, 0, 1, true);

  private CallMessages() {}

  /** The IAM for {@code setup} on {@code cic} (Q.764 §2.1.1.1). */
  static InitialAddress initialAddress(Cic cic, CallSetup s) {
    OptionalParameters optional =
        s.callingParty().isPresent()
            ? OptionalParameters.of(s.callingParty().get())
            : s.calling().isEmpty()
                ? OptionalParameters.NONE
                : OptionalParameters.of(CallingPartyNumber.national(s.calling()));
    for (org.ss7sim.isup.parameter.IsupParameter p : s.additional().list()) {
      optional = optional.with(p);
    }
    return new InitialAddress(
        cic,
        NatureOfConnectionIndicators.of(0, s.continuityCheck() ? 1 : 0, false),
        ForwardCallIndicators.of(false, true, 0, true),
        s.category(),
        TransmissionMediumRequirement.SPEECH,
        new CalledPartyNumber(s.calledNature(), false, NatureOfAddress.PLAN_ISDN, s.called()),
        optional);
  }

  /**
   * The message a send action puts on the wire (all but IAM, which call processing builds and
   * keeps): SAM with the digits (and ST), ACM, CPG with the event, CON, ANM, INR, INF from the
   * call's IAM, the call's REL, RLC.
   */
  static IsupMessage of(CallAction action, Cic cic, CallInput in, InitialAddress iam, Release rel) {
    return switch (action) {
      case SEND_SAM ->
          new SubsequentAddress(
              cic, new SubsequentNumber(in.last() ? in.digits() + "f" : in.digits()));
      case SEND_ACM -> addressComplete(cic, in.calledPartyStatus());
      case SEND_CPG -> new CallProgress(cic, EventInformation.of(in.progress()));
      case SEND_CON -> connect(cic);
      case SEND_ANM -> new Answer(cic);
      case SEND_INR -> new InformationRequest(cic, new InformationRequestIndicators(0x09));
      case SEND_INF -> information(cic, iam);
      case SEND_REL -> rel;
      case SEND_RLC -> new ReleaseComplete(cic);
      default -> throw new IllegalArgumentException(action.toString());
    };
  }

  /** ACM: subscriber free, ordinary subscriber, charge (Q.764 §2.1.4). */
  static AddressComplete addressComplete(Cic cic) {
    return new AddressComplete(cic, ALERTING_BCI);
  }

  /**
   * ACM with the called party's status given (Q.763 §3.5 c: 0 no indication, 1 subscriber free, 2
   * connect when free), ordinary subscriber, charge.
   */
  static AddressComplete addressComplete(Cic cic, int calledPartyStatus) {
    return calledPartyStatus == CallInput.SUBSCRIBER_FREE
        ? addressComplete(cic)
        : new AddressComplete(cic, BackwardCallIndicators.of(2, calledPartyStatus, 1, true));
  }

  /** CON: answer without a previous ACM (Q.764 §2.1.4.1). */
  static Connect connect(Cic cic) {
    return new Connect(cic, CONNECT_BCI);
  }

  /** INF answering INR with the calling party's category and number from {@code iam}. */
  static Information information(Cic cic, InitialAddress iam) {
    CallingPartyNumber calling = iam.optional().find(CallingPartyNumber.class);
    OptionalParameters o = OptionalParameters.of(iam.callingPartysCategory());
    if (calling != null) {
      o = o.with(calling);
    }
    return new Information(cic, new InformationIndicators(calling != null ? 0x23 : 0x21), o);
  }

  /** The set-up indication for an incoming call. */
  static IncomingCall incomingCall(
      CallReference reference, Circuit circuit, InitialAddress iam, boolean complete) {
    CallingPartyNumber calling = iam.optional().find(CallingPartyNumber.class);
    return new IncomingCall(
        reference,
        circuit.group().name(),
        circuit.cic(),
        stripSt(iam.calledPartyNumber().digits()),
        calling == null ? "" : calling.digits(),
        iam.callingPartysCategory().bits(),
        complete,
        iam);
  }

  /** Digits without the end-of-pulsing signal ST. */
  static String stripSt(String digits) {
    return digits.endsWith("f") || digits.endsWith("F")
        ? digits.substring(0, digits.length() - 1)
        : digits;
  }
}
