package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** replace_sm_resp (SMPP 3.4 §4.10.2). */
public record ReplaceSmResp(CommandStatus status, int sequence) implements HeaderOnly {
  public ReplaceSmResp {
    Objects.requireNonNull(status, "status");
  }

  @Override
  public CommandId commandId() {
    return CommandId.REPLACE_SM_RESP;
  }

  @Override
  public ReplaceSmResp withSequence(int seq) {
    return new ReplaceSmResp(status, seq);
  }
}
