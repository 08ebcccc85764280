package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** unbind_resp (SMPP 3.4 §4.2.2). */
public record UnbindResp(CommandStatus status, int sequence) implements HeaderOnly {
  public UnbindResp {
    Objects.requireNonNull(status, "status");
  }

  @Override
  public CommandId commandId() {
    return CommandId.UNBIND_RESP;
  }

  @Override
  public UnbindResp withSequence(int seq) {
    return new UnbindResp(status, seq);
  }
}
