package org.ss7sim.m3ua.message;

import java.util.List;

/** ASP Down (RFC 4666 §3.5.3): Info String O. */
public record AspDown(String infoString, List<Parameter> unknown) implements M3uaMessage {
  public AspDown {
    unknown = List.copyOf(unknown);
  }

  @Override
  public M3uaMessageType type() {
    return M3uaMessageType.ASPDN;
  }
}
