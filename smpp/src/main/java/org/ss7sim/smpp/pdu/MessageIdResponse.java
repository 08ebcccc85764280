package org.ss7sim.smpp.pdu;

/**
 * submit_sm_resp, deliver_sm_resp, data_sm_resp and the SMPP 5.0 broadcast_sm_resp and
 * query_broadcast_sm_resp: a message_id and, from SMPP 5.0, TLVs.
 */
public sealed interface MessageIdResponse extends Pdu
    permits SubmitSmResp, DeliverSmResp, DataSmResp, BroadcastSmResp, QueryBroadcastSmResp {
  /** The message_id, or {@code null} when the body is absent. */
  String messageId();

  Tlvs tlvs();
}
