package org.ss7sim.isup.message;

import java.util.Objects;

/** Unblocking acknowledgement message (Q.763 Table 51). */
public record UnblockingAcknowledgement(Cic cic) implements IsupMessage {
  public UnblockingAcknowledgement {
    Objects.requireNonNull(cic, "cic");
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.UBA;
  }
}
