package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.FacilityIndicator;
import org.ss7sim.isup.parameter.OptionalParameters;

/** Facility request message (Q.763 Table 31). */
public record FacilityRequest(Cic cic, FacilityIndicator facility, OptionalParameters optional)
    implements IsupMessage {
  public FacilityRequest {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(facility, "facility");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public FacilityRequest(Cic cic, FacilityIndicator facility) {
    this(cic, facility, OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.FAR;
  }
}
