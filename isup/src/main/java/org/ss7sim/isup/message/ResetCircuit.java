package org.ss7sim.isup.message;

import java.util.Objects;

/** Reset circuit message (Q.763 Table 51). */
public record ResetCircuit(Cic cic) implements IsupMessage {
  public ResetCircuit {
    Objects.requireNonNull(cic, "cic");
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.RSC;
  }
}
