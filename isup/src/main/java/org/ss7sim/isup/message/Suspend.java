package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.isup.parameter.SuspendResumeIndicators;

/** Suspend message (Q.763 Table 42). */
public record Suspend(Cic cic, SuspendResumeIndicators indicators, OptionalParameters optional)
    implements IsupMessage {
  public Suspend {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public Suspend(Cic cic, SuspendResumeIndicators indicators) {
    this(cic, indicators, OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.SUS;
  }
}
