package org.ss7sim.smpp.pdu;

import org.ss7sim.wire.Octets;

/**
 * submit_sm and deliver_sm share one body (SMPP 3.4 §4.4.1, §4.6.1), {@link ShortMessageBody}; its
 * fields are readable on the PDU itself.
 */
public sealed interface ShortMessagePdu extends Pdu permits SubmitSm, DeliverSm {
  /** The fields both share. */
  ShortMessageBody body();

  default String serviceType() {
    return body().serviceType();
  }

  default Address source() {
    return body().source();
  }

  default Address destination() {
    return body().destination();
  }

  default EsmClass esmClass() {
    return body().esmClass();
  }

  default int protocolId() {
    return body().protocolId();
  }

  default int priorityFlag() {
    return body().priorityFlag();
  }

  default String scheduleDeliveryTime() {
    return body().scheduleDeliveryTime();
  }

  default String validityPeriod() {
    return body().validityPeriod();
  }

  default RegisteredDelivery registeredDelivery() {
    return body().registeredDelivery();
  }

  default int replaceIfPresent() {
    return body().replaceIfPresent();
  }

  default DataCoding dataCoding() {
    return body().dataCoding();
  }

  default int smDefaultMsgId() {
    return body().smDefaultMsgId();
  }

  default Octets shortMessage() {
    return body().shortMessage();
  }

  default Tlvs tlvs() {
    return body().tlvs();
  }

  /** The user data: message_payload if present, else short_message. */
  default Octets payload() {
    return tlvs().find(TlvTag.MESSAGE_PAYLOAD).map(Tlv::value).orElse(shortMessage());
  }
}
