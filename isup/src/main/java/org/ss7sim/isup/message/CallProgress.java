package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.EventInformation;
import org.ss7sim.isup.parameter.OptionalParameters;

/** Call progress message (Q.763 Table 24). */
public record CallProgress(Cic cic, EventInformation event, OptionalParameters optional)
    implements IsupMessage {
  public CallProgress {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public CallProgress(Cic cic, EventInformation event) {
    this(cic, event, OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.CPG;
  }
}
