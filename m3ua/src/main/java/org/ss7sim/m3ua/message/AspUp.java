package org.ss7sim.m3ua.message;

import java.util.List;

/** ASP Up (RFC 4666 §3.5.1): ASP Identifier O, Info String O. */
public record AspUp(Long aspIdentifier, String infoString, List<Parameter> unknown)
    implements M3uaMessage {
  public AspUp {
    unknown = List.copyOf(unknown);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.ASPUP;
  }
}
