package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.CalledPartyNumber;
import org.ss7sim.isup.parameter.CallingPartysCategory;
import org.ss7sim.isup.parameter.ForwardCallIndicators;
import org.ss7sim.isup.parameter.NatureOfConnectionIndicators;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.isup.parameter.TransmissionMediumRequirement;

/** Initial address message (Q.763 Table 32). */
public record InitialAddress(
    Cic cic,
    NatureOfConnectionIndicators natureOfConnection,
    ForwardCallIndicators forwardCall,
    CallingPartysCategory callingPartysCategory,
    TransmissionMediumRequirement transmissionMediumRequirement,
    CalledPartyNumber calledPartyNumber,
    OptionalParameters optional)
    implements IsupMessage {
  public InitialAddress {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(natureOfConnection, "natureOfConnection");
    Objects.requireNonNull(forwardCall, "forwardCall");
    Objects.requireNonNull(callingPartysCategory, "callingPartysCategory");
    Objects.requireNonNull(transmissionMediumRequirement, "transmissionMediumRequirement");
    Objects.requireNonNull(calledPartyNumber, "calledPartyNumber");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public InitialAddress(
      Cic cic,
      NatureOfConnectionIndicators natureOfConnection,
      ForwardCallIndicators forwardCall,
      CallingPartysCategory callingPartysCategory,
      TransmissionMediumRequirement transmissionMediumRequirement,
      CalledPartyNumber calledPartyNumber) {
    this(
        cic,
        natureOfConnection,
        forwardCall,
        callingPartysCategory,
        transmissionMediumRequirement,
        calledPartyNumber,
        OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.IAM;
  }
}
