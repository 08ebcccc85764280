package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** alert_notification (SMPP 3.4 §4.12.1): an MS has become available. */
public record AlertNotification(
    CommandStatus status, int sequence, Address source, Address esme, Tlvs tlvs) implements Pdu {
  public AlertNotification {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(esme, "esme");
    Objects.requireNonNull(tlvs, "tlvs");
  }

  @Override
  public CommandId commandId() {
    return CommandId.ALERT_NOTIFICATION;
  }

  @Override
  public AlertNotification withSequence(int seq) {
    return new AlertNotification(status, seq, source, esme, tlvs);
  }
}
