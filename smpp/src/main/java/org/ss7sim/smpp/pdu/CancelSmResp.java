package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** cancel_sm_resp (SMPP 3.4 §4.9.2). */
public record CancelSmResp(CommandStatus status, int sequence) implements HeaderOnly {
  public CancelSmResp {
    Objects.requireNonNull(status, "status");
  }

  @Override
  public CommandId commandId() {
    return CommandId.CANCEL_SM_RESP;
  }

  @Override
  public CancelSmResp withSequence(int seq) {
    return new CancelSmResp(status, seq);
  }
}
