package org.ss7sim.m3ua.message;

import java.util.List;

/** DEREG RSP (RFC 4666 §3.6.4): Deregistration Result M (one or more). */
public record DeregistrationResponse(List<DeregistrationResult> results, List<Parameter> unknown)
    implements M3uaMessage {
  public DeregistrationResponse {
    unknown = List.copyOf(unknown);
    results = List.copyOf(results);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.DEREG_RSP;
  }
}
