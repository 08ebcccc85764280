package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.InformationIndicators;
import org.ss7sim.isup.parameter.OptionalParameters;

/** Information message (Q.763 Table 36). */
public record Information(Cic cic, InformationIndicators indicators, OptionalParameters optional)
    implements IsupMessage {
  public Information {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public Information(Cic cic, InformationIndicators indicators) {
    this(cic, indicators, OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.INF;
  }
}
