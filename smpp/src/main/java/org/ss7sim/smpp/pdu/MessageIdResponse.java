package org.ss7sim.smpp.pdu;

/** submit_sm_resp, deliver_sm_resp and data_sm_resp: a message_id and, from SMPP 5.0, TLVs. */
public sealed interface MessageIdResponse extends Pdu
    permits SubmitSmResp, DeliverSmResp, DataSmResp {
  /** The message_id, or {@code null} when the body is absent. */
  String messageId();

  Tlvs tlvs();
}
