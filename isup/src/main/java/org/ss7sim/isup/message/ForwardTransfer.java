package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.OptionalParameters;

/** Forward transfer message (Q.763 Table 34). */
public record ForwardTransfer(Cic cic, OptionalParameters optional) implements IsupMessage {
  public ForwardTransfer {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public ForwardTransfer(Cic cic) {
    this(cic, OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.FOT;
  }
}
