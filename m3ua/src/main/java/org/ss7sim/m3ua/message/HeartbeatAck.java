package org.ss7sim.m3ua.message;

import java.util.List;
import org.ss7sim.wire.Octets;

/** Heartbeat Ack (RFC 4666 §3.5.6): Heartbeat Data O, echoed from BEAT. */
public record HeartbeatAck(Octets heartbeatData, List<Parameter> unknown) implements M3uaMessage {
  public HeartbeatAck {
    unknown = List.copyOf(unknown);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.BEAT_ACK;
  }
}
