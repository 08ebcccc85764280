package org.ss7sim.smpp.pdu;

import java.util.Objects;

/**
 * query_sm_resp (SMPP 3.4 §4.8.2). {@code messageId} is {@code null} when the body is absent (on
 * error).
 */
public record QuerySmResp(
    CommandStatus status,
    int sequence,
    String messageId,
    String finalDate,
    int messageState,
    int errorCode)
    implements Pdu {
  public QuerySmResp {
    Objects.requireNonNull(status, "status");
    Address.checkOctet(messageState, "messageState");
    Address.checkOctet(errorCode, "errorCode");
  }

  @Override
  public CommandId commandId() {
    return CommandId.QUERY_SM_RESP;
  }

  @Override
  public QuerySmResp withSequence(int seq) {
    return new QuerySmResp(status, seq, messageId, finalDate, messageState, errorCode);
  }
}
