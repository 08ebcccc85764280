package org.ss7sim.smpp.pdu;

import java.util.Objects;

/**
 * broadcast_sm (SMPP 5.0 §4.4): a message for cell broadcast over the areas its TLVs name.
 * Mandatory TLVs: broadcast_area_identifier, broadcast_content_type, broadcast_rep_num,
 * broadcast_frequency_interval ({@link #missingMandatoryTlv}); the text travels in message_payload.
 *
 * @param messageId a message the broadcast replaces when replace_if_present_flag is 1, else empty
 */
public record BroadcastSm(
    CommandStatus status,
    int sequence,
    String serviceType,
    Address source,
    String messageId,
    int priorityFlag,
    String scheduleDeliveryTime,
    String validityPeriod,
    int replaceIfPresent,
    DataCoding dataCoding,
    int smDefaultMsgId,
    Tlvs tlvs)
    implements Pdu {
  /** The TLVs SMPP 5.0 §4.4 makes mandatory. */
  public static final java.util.List<TlvTag> MANDATORY_TLVS =
      java.util.List.of(
          TlvTag.BROADCAST_AREA_IDENTIFIER,
          TlvTag.BROADCAST_CONTENT_TYPE,
          TlvTag.BROADCAST_REP_NUM,
          TlvTag.BROADCAST_FREQUENCY_INTERVAL);

  public BroadcastSm {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(serviceType, "serviceType");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(messageId, "messageId");
    Address.checkOctet(priorityFlag, "priorityFlag");
    Objects.requireNonNull(scheduleDeliveryTime, "scheduleDeliveryTime");
    Objects.requireNonNull(validityPeriod, "validityPeriod");
    Address.checkOctet(replaceIfPresent, "replaceIfPresent");
    Objects.requireNonNull(dataCoding, "dataCoding");
    Address.checkOctet(smDefaultMsgId, "smDefaultMsgId");
    Objects.requireNonNull(tlvs, "tlvs");
  }

  /** The first mandatory TLV absent, or {@code null} when all are there. */
  public TlvTag missingMandatoryTlv() {
    for (TlvTag t : MANDATORY_TLVS) {
      if (!tlvs.has(t)) {
        return t;
      }
    }
    return null;
  }

  @Override
  public CommandId commandId() {
    return CommandId.BROADCAST_SM;
  }

  @Override
  public BroadcastSm withSequence(int seq) {
    return new BroadcastSm(
        status,
        seq,
        serviceType,
        source,
        messageId,
        priorityFlag,
        scheduleDeliveryTime,
        validityPeriod,
        replaceIfPresent,
        dataCoding,
        smDefaultMsgId,
        tlvs);
  }
}
