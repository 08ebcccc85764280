package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.wire.Octets;

/**
 * A message whose type this stack does not recognise (Q.764 §2.9.5.1): its code and everything
 * after the message type octet, re-encoded unchanged.
 */
public record UnknownMessage(Cic cic, int typeCode, Octets body) implements IsupMessage {
  public UnknownMessage {
    Objects.requireNonNull(cic, "cic");
    Objects.requireNonNull(body, "body");
    if (typeCode < 0 || typeCode > 0xff) {
      throw new IllegalArgumentException("message type out of range: " + typeCode);
    }
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.UNRECOGNIZED;
  }
}
