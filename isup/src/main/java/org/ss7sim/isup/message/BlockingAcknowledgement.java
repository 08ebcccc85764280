package org.ss7sim.isup.message;

import java.util.Objects;

/** Blocking acknowledgement message (Q.763 Table 51). */
public record BlockingAcknowledgement(Cic cic) implements IsupMessage {
  public BlockingAcknowledgement {
    Objects.requireNonNull(cic, "cic");
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.BLA;
  }
}
