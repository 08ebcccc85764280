package org.ss7sim.m3ua.message;

import java.util.List;

/** ASP Down Ack (RFC 4666 §3.5.4): Info String O. */
public record AspDownAck(String infoString, List<Parameter> unknown) implements M3uaMessage {
  public AspDownAck {
    unknown = List.copyOf(unknown);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.ASPDN_ACK;
  }
}
