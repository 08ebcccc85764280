package org.ss7sim.m3ua.message;

import java.util.Objects;
import org.ss7sim.wire.Octets;

/**
 * One parameter as on the wire (RFC 4666 §3.2): a 16-bit tag and the value without padding. Used
 * for parameters a message record does not model, so they survive decode → encode.
 */
public record Parameter(int tag, Octets value) {
  public Parameter {
    Objects.requireNonNull(value, "value");
    if (tag < 0 || tag > 0xffff) {
      throw new IllegalArgumentException("parameter tag out of range: " + tag);
    }
    if (value.length() > 0xffff - 4) {
      throw new IllegalArgumentException("parameter value too long: " + value.length());
    }
  }
}
