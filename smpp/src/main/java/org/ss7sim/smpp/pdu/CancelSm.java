package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** cancel_sm (SMPP 3.4 §4.9.1). */
public record CancelSm(
    CommandStatus status,
    int sequence,
    String serviceType,
    String messageId,
    Address source,
    Address destination)
    implements Pdu {
  public CancelSm {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(serviceType, "serviceType");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(destination, "destination");
  }

  @Override
  public CommandId commandId() {
    return CommandId.CANCEL_SM;
  }

  @Override
  public CancelSm withSequence(int seq) {
    return new CancelSm(status, seq, serviceType, messageId, source, destination);
  }
}
