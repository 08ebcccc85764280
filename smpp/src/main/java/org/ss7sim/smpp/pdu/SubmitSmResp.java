package org.ss7sim.smpp.pdu;

import java.util.Objects;

/**
 * submit_sm_resp (SMPP 3.4 §4.4.2). {@code messageId} is {@code null} when the body is absent
 * (allowed on error).
 */
public record SubmitSmResp(CommandStatus status, int sequence, String messageId, Tlvs tlvs)
    implements MessageIdResponse {
  public SubmitSmResp {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(tlvs, "tlvs");
  }

  @Override
  public CommandId commandId() {
    return CommandId.SUBMIT_SM_RESP;
  }

  @Override
  public SubmitSmResp withSequence(int seq) {
    return new SubmitSmResp(status, seq, messageId, tlvs);
  }
}
