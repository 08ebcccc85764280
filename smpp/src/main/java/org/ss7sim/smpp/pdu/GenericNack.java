package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** generic_nack (SMPP 3.4 §4.3.1): the answer to a PDU whose header is invalid. */
public record GenericNack(CommandStatus status, int sequence) implements HeaderOnly {
  public GenericNack {
    Objects.requireNonNull(status, "status");
  }

  @Override
  public CommandId commandId() {
    return CommandId.GENERIC_NACK;
  }

  @Override
  public GenericNack withSequence(int seq) {
    return new GenericNack(status, seq);
  }
}
