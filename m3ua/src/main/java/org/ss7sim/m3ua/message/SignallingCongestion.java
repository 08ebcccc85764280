package org.ss7sim.m3ua.message;

import java.util.List;

/**
 * SCON (RFC 4666 §3.4.4): Network Appearance O, Routing Context C, Affected Point Code M, Concerned
 * Destination O, Congestion Indications O, Info String O.
 */
public record SignallingCongestion(
    Long networkAppearance,
    List<Long> routingContexts,
    List<AffectedPointCode> affectedPointCodes,
    Integer concernedDestination,
    Integer congestionLevel,
    String infoString,
    List<Parameter> unknown)
    implements M3uaMessage {
  public SignallingCongestion {
    unknown = List.copyOf(unknown);
    routingContexts = List.copyOf(routingContexts);
    affectedPointCodes = List.copyOf(affectedPointCodes);
    if (affectedPointCodes.isEmpty()) {
      throw new IllegalArgumentException("at least one affected point code");
    }
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.SCON;
  }
}
