package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.ContinuityIndicators;

/** Continuity message (Q.763 Table 30). */
public record Continuity(Cic cic, ContinuityIndicators indicators) implements IsupMessage {
  public Continuity {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(indicators, "indicators");
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.COT;
  }
}
