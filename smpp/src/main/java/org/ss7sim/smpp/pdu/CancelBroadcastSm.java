package org.ss7sim.smpp.pdu;

import java.util.Objects;

/**
 * cancel_broadcast_sm (SMPP 5.0 §4.6): service_type, message_id, source address, TLVs
 * (broadcast_content_type, user_message_reference).
 */
public record CancelBroadcastSm(
    CommandStatus status,
    int sequence,
    String serviceType,
    String messageId,
    Address source,
    Tlvs tlvs)
    implements Pdu {
  public CancelBroadcastSm {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(serviceType, "serviceType");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(tlvs, "tlvs");
  }

  @Override
  public CommandId commandId() {
    return CommandId.CANCEL_BROADCAST_SM;
  }

  @Override
  public CancelBroadcastSm withSequence(int seq) {
    return new CancelBroadcastSm(status, seq, serviceType, messageId, source, tlvs);
  }
}
