package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** data_sm (SMPP 3.4 §4.7.1): the message travels in TLVs (message_payload). */
public record DataSm(
    CommandStatus status,
    int sequence,
    String serviceType,
    Address source,
    Address destination,
    EsmClass esmClass,
    RegisteredDelivery registeredDelivery,
    DataCoding dataCoding,
    Tlvs tlvs)
    implements Pdu {
  public DataSm {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(serviceType, "serviceType");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(esmClass, "esmClass");
    Objects.requireNonNull(registeredDelivery, "registeredDelivery");
    Objects.requireNonNull(dataCoding, "dataCoding");
    Objects.requireNonNull(tlvs, "tlvs");
  }

  @Override
  public CommandId commandId() {
    return CommandId.DATA_SM;
  }

  @Override
  public DataSm withSequence(int seq) {
    return new DataSm(
        status,
        seq,
        serviceType,
        source,
        destination,
        esmClass,
        registeredDelivery,
        dataCoding,
        tlvs);
  }
}
