package org.ss7sim.m3ua.message;

import java.util.List;

/** REG REQ (RFC 4666 §3.6.1): Routing Key M (one or more). */
public record RegistrationRequest(List<RoutingKey> routingKeys, List<Parameter> unknown)
    implements M3uaMessage {
  public RegistrationRequest {
    unknown = List.copyOf(unknown);
    routingKeys = List.copyOf(routingKeys);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.REG_REQ;
  }
}
