package org.ss7sim.m3ua.message;

import java.util.List;

/** ASP Active Ack (RFC 4666 §3.7.2): Traffic Mode Type O, Routing Context O, Info String O. */
public record AspActiveAck(
    TrafficModeType trafficModeType,
    List<Long> routingContexts,
    String infoString,
    List<Parameter> unknown)
    implements M3uaMessage {
  public AspActiveAck {
    unknown = List.copyOf(unknown);
    routingContexts = List.copyOf(routingContexts);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.ASPAC_ACK;
  }
}
