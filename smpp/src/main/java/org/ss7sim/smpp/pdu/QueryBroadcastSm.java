package org.ss7sim.smpp.pdu;

import java.util.Objects;

/**
 * query_broadcast_sm (SMPP 5.0 §4.6): message_id, source address, TLVs (user_message_reference).
 */
public record QueryBroadcastSm(
    CommandStatus status, int sequence, String messageId, Address source, Tlvs tlvs)
    implements Pdu {
  public QueryBroadcastSm {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(tlvs, "tlvs");
  }

  @Override
  public CommandId commandId() {
    return CommandId.QUERY_BROADCAST_SM;
  }

  @Override
  public QueryBroadcastSm withSequence(int seq) {
    return new QueryBroadcastSm(status, seq, messageId, source, tlvs);
  }
}
