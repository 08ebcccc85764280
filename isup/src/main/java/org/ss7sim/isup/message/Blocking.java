package org.ss7sim.isup.message;

import java.util.Objects;

/** Blocking message (Q.763 Table 51). */
public record Blocking(Cic cic) implements IsupMessage {
  public Blocking {
    Objects.requireNonNull(cic, "cic");
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.BLO;
  }
}
