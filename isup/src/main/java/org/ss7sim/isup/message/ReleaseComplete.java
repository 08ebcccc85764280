package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.OptionalParameters;

/** Release complete message (Q.763 Table 40). */
public record ReleaseComplete(Cic cic, OptionalParameters optional) implements IsupMessage {
  public ReleaseComplete {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public ReleaseComplete(Cic cic) {
    this(cic, OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.RLC;
  }
}
