package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** deliver_sm_resp (SMPP 3.4 §4.6.2). {@code messageId} is {@code null} when the body is absent. */
public record DeliverSmResp(CommandStatus status, int sequence, String messageId, Tlvs tlvs)
    implements MessageIdResponse {
  public DeliverSmResp {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(tlvs, "tlvs");
  }

  @Override
  public CommandId commandId() {
    return CommandId.DELIVER_SM_RESP;
  }

  @Override
  public DeliverSmResp withSequence(int seq) {
    return new DeliverSmResp(status, seq, messageId, tlvs);
  }
}
