package org.ss7sim.smpp.pdu;

import java.util.Objects;
import org.ss7sim.wire.Octets;

/** deliver_sm (SMPP 3.4 §4.6.1): MO messages and delivery receipts to the ESME. */
public record DeliverSm(CommandStatus status, int sequence, ShortMessageBody body)
    implements ShortMessagePdu {
  public DeliverSm {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(body, "body");
  }

  @Override
  public CommandId commandId() {
    return CommandId.DELIVER_SM;
  }

  @Override
  public DeliverSm withSequence(int seq) {
    return new DeliverSm(status, seq, body);
  }

  /** A plain message with defaults for every other field. */
  public static DeliverSm of(
      Address source, Address destination, DataCoding dataCoding, Octets shortMessage) {
    return new DeliverSm(
        CommandStatus.OK, 0, ShortMessageBody.of(source, destination, dataCoding, shortMessage));
  }

  public DeliverSm withEsmClass(EsmClass e) {
    return new DeliverSm(status, sequence, body.withEsmClass(e));
  }

  public DeliverSm withRegisteredDelivery(RegisteredDelivery r) {
    return new DeliverSm(status, sequence, body.withRegisteredDelivery(r));
  }

  public DeliverSm withTlvs(Tlvs t) {
    return new DeliverSm(status, sequence, body.withTlvs(t));
  }

  public DeliverSm withBody(ShortMessageBody b) {
    return new DeliverSm(status, sequence, b);
  }
}
