package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.CircuitGroupSupervisionType;
import org.ss7sim.isup.parameter.RangeAndStatus;

/** Circuit group unblocking acknowledgement message (Q.763 Table 27). */
public record CircuitGroupUnblockingAcknowledgement(
    Cic cic, CircuitGroupSupervisionType supervisionType, RangeAndStatus rangeAndStatus)
    implements IsupMessage {
  public CircuitGroupUnblockingAcknowledgement {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(supervisionType, "supervisionType");
    Objects.requireNonNull(rangeAndStatus, "rangeAndStatus");
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.CGUA;
  }
}
