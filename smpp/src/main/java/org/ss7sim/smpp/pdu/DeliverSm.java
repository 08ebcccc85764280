package org.ss7sim.smpp.pdu;

import java.util.Objects;
import org.ss7sim.wire.Octets;

/** deliver_sm (SMPP 3.4 §4.6.1): MO messages and delivery receipts to the ESME. */
public record DeliverSm(
    CommandStatus status,
    int sequence,
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
    Tlvs tlvs)
    implements ShortMessagePdu {
  public DeliverSm {
    Objects.requireNonNull(status, "status");
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

  @Override
  public CommandId commandId() {
    return CommandId.DELIVER_SM;
  }

  @Override
  public DeliverSm withSequence(int seq) {
    return new DeliverSm(
        status,
        seq,
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
        tlvs);
  }

  /** A plain message with defaults for every other field. */
  public static DeliverSm of(
      Address source, Address destination, DataCoding dataCoding, Octets shortMessage) {
    return new DeliverSm(
        CommandStatus.OK,
        0,
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

  public DeliverSm withEsmClass(EsmClass e) {
    return new DeliverSm(
        status,
        sequence,
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

  public DeliverSm withRegisteredDelivery(RegisteredDelivery r) {
    return new DeliverSm(
        status,
        sequence,
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

  public DeliverSm withTlvs(Tlvs t) {
    return new DeliverSm(
        status,
        sequence,
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
}
