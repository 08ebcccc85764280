package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * The fixed-length indicator parameters of Q.763 §3 kept as raw bits: one or two octets, octet 1 in
 * bits 0–7 and octet 2 in bits 8–15, so spare and national bits survive a round trip.
 */
final class IndicatorBits {
  private IndicatorBits() {}

  /** {@code bits} if it fits {@code octets} octets, else an {@link IllegalArgumentException}. */
  static int checked(String name, int bits, int octets) {
    if (bits < 0 || bits >= 1 << (8 * octets)) {
      throw new IllegalArgumentException(name + " out of range: " + bits);
    }
    return bits;
  }

  /** The bits of {@code content}, which must be exactly {@code octets} long. */
  static int read(String name, Octets content, int octets) throws MalformedMessageException {
    if (content.length() != octets) {
      throw new MalformedMessageException(
          name + ": length " + content.length() + " != " + octets, 0, "Q.763");
    }
    int bits = 0;
    for (int i = 0; i < octets; i++) {
      bits |= content.get(i) << (8 * i);
    }
    return bits;
  }

  /** Writes {@code bits} as {@code octets} octets, octet 1 first. */
  static void write(WireWriter out, int bits, int octets) {
    for (int i = 0; i < octets; i++) {
      out.writeU8((bits >>> (8 * i)) & 0xff);
    }
  }
}
