package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** bind_transmitter (SMPP 3.4 §4.1.1). */
public record BindTransmitter(
    CommandStatus status,
    int sequence,
    String systemId,
    String password,
    String systemType,
    int interfaceVersion,
    Address addressRange)
    implements BindRequest {
  public BindTransmitter {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(systemId, "systemId");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(systemType, "systemType");
    Address.checkOctet(interfaceVersion, "interfaceVersion");
    Objects.requireNonNull(addressRange, "addressRange");
  }

  @Override
  public CommandId commandId() {
    return CommandId.BIND_TRANSMITTER;
  }

  @Override
  public BindTransmitter withSequence(int seq) {
    return new BindTransmitter(
        status, seq, systemId, password, systemType, interfaceVersion, addressRange);
  }

  @Override
  public BindType bindType() {
    return BindType.TRANSMITTER;
  }
}
