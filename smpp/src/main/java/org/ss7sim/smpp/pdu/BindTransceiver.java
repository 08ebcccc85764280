package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** bind_transceiver (SMPP 3.4 §4.1.5). */
public record BindTransceiver(
    CommandStatus status,
    int sequence,
    String systemId,
    String password,
    String systemType,
    int interfaceVersion,
    Address addressRange)
    implements BindRequest {
  public BindTransceiver {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(systemId, "systemId");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(systemType, "systemType");
    Address.checkOctet(interfaceVersion, "interfaceVersion");
    Objects.requireNonNull(addressRange, "addressRange");
  }

  @Override
  public CommandId commandId() {
    return CommandId.BIND_TRANSCEIVER;
  }

  @Override
  public BindTransceiver withSequence(int seq) {
    return new BindTransceiver(
        status, seq, systemId, password, systemType, interfaceVersion, addressRange);
  }

  @Override
  public BindType bindType() {
    return BindType.TRANSCEIVER;
  }
}
