package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** cancel_broadcast_sm_resp (SMPP 5.0 §4.6): the header only. */
public record CancelBroadcastSmResp(CommandStatus status, int sequence) implements HeaderOnly {
  public CancelBroadcastSmResp {
    Objects.requireNonNull(status, "status");
  }

  @Override
  public CommandId commandId() {
    return CommandId.CANCEL_BROADCAST_SM_RESP;
  }

  @Override
  public CancelBroadcastSmResp withSequence(int seq) {
    return new CancelBroadcastSmResp(status, seq);
  }
}
