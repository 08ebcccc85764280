package org.ss7sim.isup.message;

import java.util.Objects;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.wire.MalformedMessageException;
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

  /**
   * The optional part, read as Q.764 §2.9.5.1 assumes for an unrecognised message (a pointer to the
   * optional part first), or {@link OptionalParameters#NONE} when the body does not parse so.
   */
  public OptionalParameters optionalPart() {
    if (body.isEmpty()) {
      return OptionalParameters.NONE;
    }
    try {
      return MessageParts.of(body, 0).optional(0);
    } catch (MalformedMessageException e) {
      return OptionalParameters.NONE;
    }
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.UNRECOGNIZED;
  }
}
