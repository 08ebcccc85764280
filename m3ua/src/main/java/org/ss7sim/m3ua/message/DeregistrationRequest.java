package org.ss7sim.m3ua.message;

import java.util.List;

/** DEREG REQ (RFC 4666 §3.6.3): Routing Context M. */
public record DeregistrationRequest(List<Long> routingContexts, List<Parameter> unknown)
    implements M3uaMessage {
  public DeregistrationRequest {
    unknown = List.copyOf(unknown);
    routingContexts = List.copyOf(routingContexts);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.DEREG_REQ;
  }
}
