package org.ss7sim.m3ua.message;

import java.util.List;

/** ASP Inactive Ack (RFC 4666 §3.7.4): Routing Context O, Info String O. */
public record AspInactiveAck(List<Long> routingContexts, String infoString, List<Parameter> unknown)
    implements M3uaMessage {
  public AspInactiveAck {
    unknown = List.copyOf(unknown);
    routingContexts = List.copyOf(routingContexts);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.ASPIA_ACK;
  }
}
