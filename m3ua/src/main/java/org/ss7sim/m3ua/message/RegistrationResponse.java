package org.ss7sim.m3ua.message;

import java.util.List;

/** REG RSP (RFC 4666 §3.6.2): Registration Result M (one or more). */
public record RegistrationResponse(List<RegistrationResult> results, List<Parameter> unknown)
    implements M3uaMessage {
  public RegistrationResponse {
    unknown = List.copyOf(unknown);
    results = List.copyOf(results);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.REG_RSP;
  }
}
