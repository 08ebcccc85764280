package org.ss7sim.smpp.pdu;

import java.util.Objects;
import org.ss7sim.wire.Octets;

/**
 * The body submit_sm and deliver_sm share, from service_type to the TLVs (SMPP 3.4 §4.4.1 and
 * §4.6.1 have the same field table; deliver_sm leaves some fields NULL).
 */
public record ShortMessageBody(
    String serviceType,
    Address source,
    Address destination,
    EsmClass esmClass,
    int protocolId,
    int priorityFlag,
    String scheduleDeliveryTime,
    String validityPeriod,
    RegisteredDelivery registeredDelivery,
    int replaceIfPresent,
    DataCoding dataCoding,
    int smDefaultMsgId,
    Octets shortMessage,
    Tlvs tlvs) {
  public ShortMessageBody {
    Objects.requireNonNull(serviceType, "serviceType");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(esmClass, "esmClass");
    Address.checkOctet(protocolId, "protocolId");
    Address.checkOctet(priorityFlag, "priorityFlag");
    Objects.requireNonNull(scheduleDeliveryTime, "scheduleDeliveryTime");
    Objects.requireNonNull(validityPeriod, "validityPeriod");
    Objects.requireNonNull(registeredDelivery, "registeredDelivery");
    Address.checkOctet(replaceIfPresent, "replaceIfPresent");
    Objects.requireNonNull(dataCoding, "dataCoding");
    Address.checkOctet(smDefaultMsgId, "smDefaultMsgId");
    Objects.requireNonNull(shortMessage, "shortMessage");
    Objects.requireNonNull(tlvs, "tlvs");
  }

  /** A plain message with defaults for every other field. */
  public static ShortMessageBody of(
      Address source, Address destination, DataCoding dataCoding, Octets shortMessage) {
    return new ShortMessageBody(
        "",
        source,
        destination,
        EsmClass.DEFAULT,
        0,
        0,
        "",
        "",
        RegisteredDelivery.NONE,
        0,
        dataCoding,
        0,
        shortMessage,
        Tlvs.EMPTY);
  }

  public ShortMessageBody withEsmClass(EsmClass e) {
    return new ShortMessageBody(
        serviceType,
        source,
        destination,
        e,
        protocolId,
        priorityFlag,
        scheduleDeliveryTime,
        validityPeriod,
        registeredDelivery,
        replaceIfPresent,
        dataCoding,
        smDefaultMsgId,
        shortMessage,
        tlvs);
  }

  public ShortMessageBody withRegisteredDelivery(RegisteredDelivery r) {
    return new ShortMessageBody(
        serviceType,
        source,
        destination,
        esmClass,
        protocolId,
        priorityFlag,
        scheduleDeliveryTime,
        validityPeriod,
        r,
        replaceIfPresent,
        dataCoding,
        smDefaultMsgId,
        shortMessage,
        tlvs);
  }

  public ShortMessageBody withTlvs(Tlvs t) {
    return new ShortMessageBody(
        serviceType,
        source,
        destination,
        esmClass,
        protocolId,
        priorityFlag,
        scheduleDeliveryTime,
        validityPeriod,
        registeredDelivery,
        replaceIfPresent,
        dataCoding,
        smDefaultMsgId,
        shortMessage,
        t);
  }

  public ShortMessageBody withShortMessage(Octets m) {
    return new ShortMessageBody(
        serviceType,
        source,
        destination,
        esmClass,
        protocolId,
        priorityFlag,
        scheduleDeliveryTime,
        validityPeriod,
        registeredDelivery,
        replaceIfPresent,
        dataCoding,
        smDefaultMsgId,
        m,
        tlvs);
  }
}
