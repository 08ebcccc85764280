package org.ss7sim.isup.call;

import org.ss7sim.isup.circuit.Circuit;
import org.ss7sim.isup.message.AddressComplete;
import org.ss7sim.isup.message.Cic;
import org.ss7sim.isup.message.Connect;
import org.ss7sim.isup.message.Information;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.parameter.BackwardCallIndicators;
import org.ss7sim.isup.parameter.CalledPartyNumber;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.ForwardCallIndicators;
import org.ss7sim.isup.parameter.InformationIndicators;
import org.ss7sim.isup.parameter.NatureOfConnectionIndicators;
import org.ss7sim.isup.parameter.OptionalParameters;
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
        s.calling().isEmpty()
            ? OptionalParameters.NONE
            : OptionalParameters.of(CallingPartyNumber.national(s.calling()));
    return new InitialAddress(
        cic,
        NatureOfConnectionIndicators.of(0, s.continuityCheck() ? 1 : 0, false),
        ForwardCallIndicators.of(false, true, 0, true),
        s.category(),
        TransmissionMediumRequirement.SPEECH,
        CalledPartyNumber.national(s.called()),
        optional);
  }

  /** ACM: subscriber free, ordinary subscriber, charge (Q.764 §2.1.4). */
  static AddressComplete addressComplete(Cic cic) {
    return new AddressComplete(cic, ALERTING_BCI);
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
