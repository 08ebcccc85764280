package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.CauseIndicators;
import org.ss7sim.isup.parameter.FacilityIndicator;
import org.ss7sim.isup.parameter.OptionalParameters;

/** Facility reject message (Q.763 Table 33). */
public record FacilityReject(
    Cic cic, FacilityIndicator facility, CauseIndicators cause, OptionalParameters optional)
    implements IsupMessage {
  public FacilityReject {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(facility, "facility");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public FacilityReject(Cic cic, FacilityIndicator facility, CauseIndicators cause) {
    this(cic, facility, cause, OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.FRJ;
  }
}
