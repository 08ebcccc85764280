package org.ss7sim.m3ua.message;

import java.util.List;

/** ASP Inactive (RFC 4666 §3.7.3): Routing Context O, Info String O. */
public record AspInactive(List<Long> routingContexts, String infoString, List<Parameter> unknown)
    implements M3uaMessage {
  public AspInactive {
    unknown = List.copyOf(unknown);
    routingContexts = List.copyOf(routingContexts);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.ASPIA;
  }
}
