package org.ss7sim.m3ua.message;

import java.util.List;

/**
 * DUPU (RFC 4666 §3.4.5): Network Appearance O, Routing Context C, Affected Point Code M,
 * User/Cause M, Info String O.
 */
public record DestinationUserPartUnavailable(
    Long networkAppearance,
    List<Long> routingContexts,
    List<AffectedPointCode> affectedPointCodes,
    UserCause userCause,
    String infoString,
    List<Parameter> unknown)
    implements M3uaMessage {
  public DestinationUserPartUnavailable {
    unknown = List.copyOf(unknown);
    routingContexts = List.copyOf(routingContexts);
    affectedPointCodes = List.copyOf(affectedPointCodes);
    if (affectedPointCodes.isEmpty()) {
      throw new IllegalArgumentException("at least one affected point code");
    }
    java.util.Objects.requireNonNull(userCause, "userCause");
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.DUPU;
  }
}
