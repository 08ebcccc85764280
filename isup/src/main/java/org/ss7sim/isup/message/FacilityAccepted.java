package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.FacilityIndicator;
import org.ss7sim.isup.parameter.OptionalParameters;

/** Facility accepted message (Q.763 Table 31). */
public record FacilityAccepted(Cic cic, FacilityIndicator facility, OptionalParameters optional)
    implements IsupMessage {
  public FacilityAccepted {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(facility, "facility");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public FacilityAccepted(Cic cic, FacilityIndicator facility) {
    this(cic, facility, OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.FAA;
  }
}
