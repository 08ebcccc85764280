package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.BackwardCallIndicators;
import org.ss7sim.isup.parameter.OptionalParameters;

/** Connect message (Q.763 Table 29). */
public record Connect(Cic cic, BackwardCallIndicators backwardCall, OptionalParameters optional)
    implements IsupMessage {
  public Connect {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(backwardCall, "backwardCall");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public Connect(Cic cic, BackwardCallIndicators backwardCall) {
    this(cic, backwardCall, OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.CON;
  }
}
