package org.ss7sim.smpp.pdu;

import java.util.Objects;

/**
 * query_broadcast_sm_resp (SMPP 5.0 §4.6): message_id, then TLVs (message_state (mandatory on
 * success), broadcast_area_identifier, broadcast_area_success).
 *
 * @param messageId the message_id, or {@code null} when the body is absent (error responses from
 *     some MCs)
 */
public record QueryBroadcastSmResp(CommandStatus status, int sequence, String messageId, Tlvs tlvs)
    implements MessageIdResponse {
  public QueryBroadcastSmResp {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(tlvs, "tlvs");
  }

  @Override
  public CommandId commandId() {
    return CommandId.QUERY_BROADCAST_SM_RESP;
  }

  @Override
  public QueryBroadcastSmResp withSequence(int seq) {
    return new QueryBroadcastSmResp(status, seq, messageId, tlvs);
  }
}
