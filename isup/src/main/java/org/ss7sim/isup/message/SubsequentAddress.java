package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.isup.parameter.SubsequentNumber;

/** Subsequent address message (Q.763 Table 35). */
public record SubsequentAddress(
    Cic cic, SubsequentNumber subsequentNumber, OptionalParameters optional)
    implements IsupMessage {
  public SubsequentAddress {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(subsequentNumber, "subsequentNumber");
    Objects.requireNonNull(optional, "optional");
  }

  /** Without optional parameters. */
  public SubsequentAddress(Cic cic, SubsequentNumber subsequentNumber) {
    this(cic, subsequentNumber, OptionalParameters.NONE);
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.SAM;
  }
}
