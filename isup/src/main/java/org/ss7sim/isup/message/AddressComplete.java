package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.BackwardCallIndicators;
import org.ss7sim.isup.parameter.OptionalParameters;

/** Address complete message (Q.763 Table 21). */
public record AddressComplete(
    Cic cic, BackwardCallIndicators backwardCall, OptionalParameters optional)
    implements IsupMessage {
  public AddressComplete {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(backwardCall, "backwardCall");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public AddressComplete(Cic cic, BackwardCallIndicators backwardCall) {
    this(cic, backwardCall, OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.ACM;
  }
}
