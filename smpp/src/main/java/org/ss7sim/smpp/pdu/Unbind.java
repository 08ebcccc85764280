package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** unbind (SMPP 3.4 §4.2.1). */
public record Unbind(CommandStatus status, int sequence) implements HeaderOnly {
  public Unbind {
    Objects.requireNonNull(status, "status");
  }

  @Override
  public CommandId commandId() {
    return CommandId.UNBIND;
  }

  @Override
  public Unbind withSequence(int seq) {
    return new Unbind(status, seq);
  }
}
