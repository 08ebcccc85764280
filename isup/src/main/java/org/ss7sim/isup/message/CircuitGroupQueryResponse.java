package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.CircuitStateIndicator;
import org.ss7sim.isup.parameter.RangeAndStatus;

/** Circuit group query response message (Q.763 Table 28). */
public record CircuitGroupQueryResponse(
    Cic cic, RangeAndStatus rangeAndStatus, CircuitStateIndicator circuitStates)
    implements IsupMessage {
  public CircuitGroupQueryResponse {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(rangeAndStatus, "rangeAndStatus");
    Objects.requireNonNull(circuitStates, "circuitStates");
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.CQR;
  }
}
