package org.ss7sim.m3ua.message;

import java.util.List;

/** NTFY (RFC 4666 §3.8.2): Status M, ASP Identifier C, Routing Context O, Info String O. */
public record Notify(
    Status status,
    Long aspIdentifier,
    List<Long> routingContexts,
    String infoString,
    List<Parameter> unknown)
    implements M3uaMessage {
  public Notify {
    unknown = List.copyOf(unknown);
    java.util.Objects.requireNonNull(status, "status");
    routingContexts = List.copyOf(routingContexts);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.NTFY;
  }
}
