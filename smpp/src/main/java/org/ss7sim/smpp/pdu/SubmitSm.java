package org.ss7sim.smpp.pdu;

import java.util.Objects;
import org.ss7sim.wire.Octets;

/** submit_sm (SMPP 3.4 §4.4.1). */
public record SubmitSm(CommandStatus status, int sequence, ShortMessageBody body)
    implements ShortMessagePdu {
  public SubmitSm {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(body, "body");
  }

  @Override
  public CommandId commandId() {
    return CommandId.SUBMIT_SM;
  }

  @Override
  public SubmitSm withSequence(int seq) {
    return new SubmitSm(status, seq, body);
  }

  /** A plain message with defaults for every other field. */
  public static SubmitSm of(
      Address source, Address destination, DataCoding dataCoding, Octets shortMessage) {
    return new SubmitSm(
        CommandStatus.OK, 0, ShortMessageBody.of(source, destination, dataCoding, shortMessage));
  }

  public SubmitSm withEsmClass(EsmClass e) {
    return new SubmitSm(status, sequence, body.withEsmClass(e));
  }

  public SubmitSm withRegisteredDelivery(RegisteredDelivery r) {
    return new SubmitSm(status, sequence, body.withRegisteredDelivery(r));
  }

  public SubmitSm withTlvs(Tlvs t) {
    return new SubmitSm(status, sequence, body.withTlvs(t));
  }

  public SubmitSm withBody(ShortMessageBody b) {
    return new SubmitSm(status, sequence, b);
  }
}
