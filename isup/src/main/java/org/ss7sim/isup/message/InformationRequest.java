package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.InformationRequestIndicators;
import org.ss7sim.isup.parameter.OptionalParameters;

/** Information request message (Q.763 Table 37). */
public record InformationRequest(
    Cic cic, InformationRequestIndicators indicators, OptionalParameters optional)
    implements IsupMessage {
  public InformationRequest {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public InformationRequest(Cic cic, InformationRequestIndicators indicators) {
    this(cic, indicators, OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.INR;
  }
}
