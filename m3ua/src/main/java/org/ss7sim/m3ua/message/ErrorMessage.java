package org.ss7sim.m3ua.message;

import java.util.List;
import org.ss7sim.wire.Octets;

/**
 * ERR (RFC 4666 §3.8.1): Error Code M, Routing Context M*, Network Appearance O, Affected Point
 * Code C, Diagnostic Information C.
 */
public record ErrorMessage(
    ErrorCode errorCode,
    List<Long> routingContexts,
    Long networkAppearance,
    List<AffectedPointCode> affectedPointCodes,
    Octets diagnosticInformation,
    List<Parameter> unknown)
    implements M3uaMessage {
  public ErrorMessage {
    unknown = List.copyOf(unknown);
    java.util.Objects.requireNonNull(errorCode, "errorCode");
    routingContexts = List.copyOf(routingContexts);
    affectedPointCodes = List.copyOf(affectedPointCodes);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.ERR;
  }
}
