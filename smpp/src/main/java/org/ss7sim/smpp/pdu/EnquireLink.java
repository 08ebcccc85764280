package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** enquire_link (SMPP 3.4 §4.11.1). */
public record EnquireLink(CommandStatus status, int sequence) implements HeaderOnly {
  public EnquireLink {
    Objects.requireNonNull(status, "status");
  }

  @Override
  public CommandId commandId() {
    return CommandId.ENQUIRE_LINK;
  }

  @Override
  public EnquireLink withSequence(int seq) {
    return new EnquireLink(status, seq);
  }
}
