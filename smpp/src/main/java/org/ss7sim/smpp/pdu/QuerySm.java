package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** query_sm (SMPP 3.4 §4.8.1). */
public record QuerySm(CommandStatus status, int sequence, String messageId, Address source)
    implements Pdu {
  public QuerySm {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(source, "source");
  }

  @Override
  public CommandId commandId() {
    return CommandId.QUERY_SM;
  }

  @Override
  public QuerySm withSequence(int seq) {
    return new QuerySm(status, seq, messageId, source);
  }
}
