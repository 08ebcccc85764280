package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.CauseIndicators;
import org.ss7sim.isup.parameter.OptionalParameters;

/** Confusion message (Q.763 Table 26). */
public record Confusion(Cic cic, CauseIndicators cause, OptionalParameters optional)
    implements IsupMessage {
  public Confusion {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public Confusion(Cic cic, CauseIndicators cause) {
    this(cic, cause, OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.CFN;
  }
}
