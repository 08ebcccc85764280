package org.ss7sim.smpp.pdu;

import java.util.Objects;
import org.ss7sim.wire.Octets;

/**
 * A PDU whose command_id is reserved or vendor-specific: kept whole so it re-encodes unchanged. An
 * SMSC answers such a request with generic_nack ESME_RINVCMDID (SMPP 3.4 §4.3).
 */
public record UnknownPdu(long commandCode, CommandStatus status, int sequence, Octets body)
    implements Pdu {
  public UnknownPdu {
    if (commandCode < 0 || commandCode > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("command_id out of range: " + commandCode);
    }
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(body, "body");
  }

  /** Always {@code null}: no known command. */
  @Override
  public CommandId commandId() {
    return null;
  }

  /** {@code command_id_} and the code in eight hex digits: reserved codes have no name. */
  @Override
  public String commandName() {
    return String.format("command_id_0x%08x", commandCode);
  }

  @Override
  public UnknownPdu withSequence(int seq) {
    return new UnknownPdu(commandCode, status, seq, body);
  }
}
