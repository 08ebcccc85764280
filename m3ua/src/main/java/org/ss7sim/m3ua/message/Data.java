package org.ss7sim.m3ua.message;

import java.util.List;

/**
 * Payload Data (RFC 4666 §3.3.1): Network Appearance O, Routing Context C, Protocol Data M,
 * Correlation Id O.
 */
public record Data(
    Long networkAppearance,
    List<Long> routingContexts,
    ProtocolData protocolData,
    Long correlationId,
    List<Parameter> unknown)
    implements M3uaMessage {
  public Data {
    unknown = List.copyOf(unknown);
    java.util.Objects.requireNonNull(protocolData, "protocolData");
    routingContexts = List.copyOf(routingContexts);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.DATA;
  }
}
