package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.OptionalParameters;

/** Answer message (Q.763 Table 22). */
public record Answer(Cic cic, OptionalParameters optional) implements IsupMessage {
  public Answer {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public Answer(Cic cic) {
    this(cic, OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.ANM;
  }
}
