package org.ss7sim.m3ua.message;

import java.util.List;

/**
 * DAUD (§3.4.3 of RFC 4666): Network Appearance O, Routing Context C, Affected Point Code M, Info
 * String O.
 */
public record DestinationStateAudit(
    Long networkAppearance,
    List<Long> routingContexts,
    List<AffectedPointCode> affectedPointCodes,
    String infoString,
    List<Parameter> unknown)
    implements M3uaMessage {
  public DestinationStateAudit {
    unknown = List.copyOf(unknown);
    routingContexts = List.copyOf(routingContexts);
    affectedPointCodes = List.copyOf(affectedPointCodes);
    if (affectedPointCodes.isEmpty()) {
      throw new IllegalArgumentException("at least one affected point code");
    }
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.DAUD;
  }
}
