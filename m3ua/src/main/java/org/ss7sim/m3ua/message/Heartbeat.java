package org.ss7sim.m3ua.message;

import java.util.List;
import org.ss7sim.wire.Octets;

/** Heartbeat (RFC 4666 §3.5.5): Heartbeat Data O (opaque, echoed). */
public record Heartbeat(Octets heartbeatData, List<Parameter> unknown) implements M3uaMessage {
  public Heartbeat {
    unknown = List.copyOf(unknown);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.BEAT;
  }
}
