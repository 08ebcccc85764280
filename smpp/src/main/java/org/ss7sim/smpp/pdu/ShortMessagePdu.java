package org.ss7sim.smpp.pdu;

import org.ss7sim.wire.Octets;

/** submit_sm and deliver_sm share one body (SMPP 3.4 §4.4.1, §4.6.1). */
public sealed interface ShortMessagePdu extends Pdu permits SubmitSm, DeliverSm {
  String serviceType();

  Address source();

  Address destination();

  EsmClass esmClass();

  int protocolId();

  int priorityFlag();

  String scheduleDeliveryTime();

  String validityPeriod();

  RegisteredDelivery registeredDelivery();

  int replaceIfPresent();

  DataCoding dataCoding();

  int smDefaultMsgId();

  Octets shortMessage();

  Tlvs tlvs();

  /** The user data: message_payload if present, else short_message. */
  default Octets payload() {
    return tlvs().find(TlvTag.MESSAGE_PAYLOAD).map(Tlv::value).orElse(shortMessage());
  }
}
