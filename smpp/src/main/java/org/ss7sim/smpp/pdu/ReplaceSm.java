package org.ss7sim.smpp.pdu;

import java.util.Objects;
import org.ss7sim.wire.Octets;

/** replace_sm (SMPP 3.4 §4.10.1). */
public record ReplaceSm(
    CommandStatus status,
    int sequence,
    String messageId,
    Address source,
    String scheduleDeliveryTime,
    String validityPeriod,
    RegisteredDelivery registeredDelivery,
    int smDefaultMsgId,
    Octets shortMessage,
    Tlvs tlvs)
    implements Pdu {
  public ReplaceSm {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(scheduleDeliveryTime, "scheduleDeliveryTime");
    Objects.requireNonNull(validityPeriod, "validityPeriod");
    Objects.requireNonNull(registeredDelivery, "registeredDelivery");
    Address.checkOctet(smDefaultMsgId, "smDefaultMsgId");
    Objects.requireNonNull(shortMessage, "shortMessage");
    Objects.requireNonNull(tlvs, "tlvs");
  }

  @Override
  public CommandId commandId() {
    return CommandId.REPLACE_SM;
  }

  @Override
  public ReplaceSm withSequence(int seq) {
    return new ReplaceSm(
        status,
        seq,
        messageId,
        source,
        scheduleDeliveryTime,
        validityPeriod,
        registeredDelivery,
        smDefaultMsgId,
        shortMessage,
        tlvs);
  }
}
