package org.ss7sim.m3ua.message;

import java.util.List;

/** ASP Up Ack (RFC 4666 §3.5.2): ASP Identifier O, Info String O. */
public record AspUpAck(Long aspIdentifier, String infoString, List<Parameter> unknown)
    implements M3uaMessage {
  public AspUpAck {
    unknown = List.copyOf(unknown);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.ASPUP_ACK;
  }
}
