package org.ss7sim.isup.message;

import java.util.Objects;

/** Overload message (Q.763 Table 51). */
public record Overload(Cic cic) implements IsupMessage {
  public Overload {
    Objects.requireNonNull(cic, "cic");
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.OLM;
  }
}
