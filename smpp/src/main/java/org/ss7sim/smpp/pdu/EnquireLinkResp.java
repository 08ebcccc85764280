package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** enquire_link_resp (SMPP 3.4 §4.11.2). */
public record EnquireLinkResp(CommandStatus status, int sequence) implements HeaderOnly {
  public EnquireLinkResp {
    Objects.requireNonNull(status, "status");
  }

  @Override
  public CommandId commandId() {
    return CommandId.ENQUIRE_LINK_RESP;
  }

  @Override
  public EnquireLinkResp withSequence(int seq) {
    return new EnquireLinkResp(status, seq);
  }
}
