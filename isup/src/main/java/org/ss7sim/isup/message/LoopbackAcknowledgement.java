package org.ss7sim.isup.message;

import java.util.Objects;

/** Loop back acknowledgement message (Q.763 Table 51). */
public record LoopbackAcknowledgement(Cic cic) implements IsupMessage {
  public LoopbackAcknowledgement {
    Objects.requireNonNull(cic, "cic");
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.LPA;
  }
}
