package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.RangeAndStatus;

/** Circuit group reset acknowledgement message (Q.763 Table 36). */
public record CircuitGroupResetAcknowledgement(Cic cic, RangeAndStatus rangeAndStatus)
    implements IsupMessage {
  public CircuitGroupResetAcknowledgement {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(rangeAndStatus, "rangeAndStatus");
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.GRA;
  }
}
