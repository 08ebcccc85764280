package org.ss7sim.isup.message;

import java.util.Objects;

/** Unblocking message (Q.763 Table 51). */
public record Unblocking(Cic cic) implements IsupMessage {
  public Unblocking {
    Objects.requireNonNull(cic, "cic");
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.UBL;
  }
}
