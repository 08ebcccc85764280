package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** data_sm_resp (SMPP 3.4 §4.7.2). {@code messageId} is {@code null} when the body is absent. */
public record DataSmResp(CommandStatus status, int sequence, String messageId, Tlvs tlvs)
    implements MessageIdResponse {
  public DataSmResp {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(tlvs, "tlvs");
  }

  @Override
  public CommandId commandId() {
    return CommandId.DATA_SM_RESP;
  }

  @Override
  public DataSmResp withSequence(int seq) {
    return new DataSmResp(status, seq, messageId, tlvs);
  }
}
