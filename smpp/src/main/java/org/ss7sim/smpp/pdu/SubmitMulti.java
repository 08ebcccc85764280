package org.ss7sim.smpp.pdu;

import java.util.List;
import java.util.Objects;
import org.ss7sim.wire.Octets;

/** submit_multi (SMPP 3.4 §4.5.1): one message to up to 254 SME addresses or distribution lists. */
public record SubmitMulti(
    CommandStatus status,
    int sequence,
    String serviceType,
    Address source,
    List<MultiDestination> destinations,
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
    implements Pdu {
  public SubmitMulti {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(serviceType, "serviceType");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(destinations, "destinations");
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
    destinations = List.copyOf(destinations);
  }

  @Override
  public CommandId commandId() {
    return CommandId.SUBMIT_MULTI;
  }

  @Override
  public SubmitMulti withSequence(int seq) {
    return new SubmitMulti(
        status,
        seq,
        serviceType,
        source,
        destinations,
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
}
