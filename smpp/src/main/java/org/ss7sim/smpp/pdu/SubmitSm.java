package org.ss7sim.smpp.pdu;

import java.util.Objects;
import org.ss7sim.wire.Octets;

/** submit_sm (SMPP 3.4 §4.4.1). */
public record SubmitSm(
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
  public SubmitSm {
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
    return CommandId.SUBMIT_SM;
  }

  @Override
  public SubmitSm withSequence(int seq) {
    return new SubmitSm(
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
  public static SubmitSm of(
      Address source, Address destination, DataCoding dataCoding, Octets shortMessage) {
    return new SubmitSm(
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

  public SubmitSm withEsmClass(EsmClass e) {
    return new SubmitSm(
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

  public SubmitSm withRegisteredDelivery(RegisteredDelivery r) {
    return new SubmitSm(
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

  public SubmitSm withTlvs(Tlvs t) {
    return new SubmitSm(
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
