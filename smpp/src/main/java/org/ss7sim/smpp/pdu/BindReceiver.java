package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** bind_receiver (SMPP 3.4 §4.1.3). */
public record BindReceiver(
    CommandStatus status,
    int sequence,
    String systemId,
    String password,
    String systemType,
    int interfaceVersion,
    Address addressRange)
    implements BindRequest {
  public BindReceiver {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(systemId, "systemId");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(systemType, "systemType");
    Address.checkOctet(interfaceVersion, "interfaceVersion");
    Objects.requireNonNull(addressRange, "addressRange");
  }

  @Override
  public CommandId commandId() {
    return CommandId.BIND_RECEIVER;
  }

  @Override
  public BindReceiver withSequence(int seq) {
    return new BindReceiver(
        status, seq, systemId, password, systemType, interfaceVersion, addressRange);
  }

  @Override
  public BindType bindType() {
    return BindType.RECEIVER;
  }
}
