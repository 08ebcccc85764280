package org.ss7sim.smpp.pdu;

import java.util.Objects;

/**
 * broadcast_sm_resp (SMPP 5.0 §4.4): message_id, then TLVs (broadcast_error_status and
 * failed_broadcast_area_identifier).
 *
 * @param messageId the message_id, or {@code null} when the body is absent (error responses from
 *     some MCs)
 */
public record BroadcastSmResp(CommandStatus status, int sequence, String messageId, Tlvs tlvs)
    implements MessageIdResponse {
  public BroadcastSmResp {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(tlvs, "tlvs");
  }

  @Override
  public CommandId commandId() {
    return CommandId.BROADCAST_SM_RESP;
  }

  @Override
  public BroadcastSmResp withSequence(int seq) {
    return new BroadcastSmResp(status, seq, messageId, tlvs);
  }
}
