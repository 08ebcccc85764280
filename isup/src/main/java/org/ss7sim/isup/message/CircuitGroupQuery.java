package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.RangeAndStatus;

/** Circuit group query message (Q.763 Table 35): range only. */
public record CircuitGroupQuery(Cic cic, RangeAndStatus rangeAndStatus) implements IsupMessage {
  public CircuitGroupQuery {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(rangeAndStatus, "rangeAndStatus");
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.CQM;
  }
}
