package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.isup.parameter.SuspendResumeIndicators;

/** Resume message (Q.763 Table 42). */
public record Resume(Cic cic, SuspendResumeIndicators indicators, OptionalParameters optional)
    implements IsupMessage {
  public Resume {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public Resume(Cic cic, SuspendResumeIndicators indicators) {
    this(cic, indicators, OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.RES;
  }
}
