package org.ss7sim.wire;

/**
 * Helpers for tag-length-value encodings with padding, as M3UA (RFC 4666 §3.2) and SCTP (RFC 4960
 * §3.2) use: the length field counts header and value but not the padding that aligns the next
 * parameter to a multiple of four.
 */
public final class Tlv {
  private Tlv() {}

  /**
   * Number of zero bytes needed after {@code length} bytes to reach a multiple of {@code
   * alignment}.
   */
  public static int padding(int length, int alignment) {
    int r = length % alignment;
    return r == 0 ? 0 : alignment - r;
  }

  /** {@code length} rounded up to a multiple of {@code alignment}. */
  public static int padded(int length, int alignment) {
    return length + padding(length, alignment);
  }

  /**
   * Writes a 16-bit tag, a 16-bit length (4 + value length) and the value, then pads to four octets
   * with zeros (RFC 4666 §3.2).
   */
  public static void writeTag16Len16(WireWriter out, int tag, Octets value) {
    out.writeU16(tag);
    out.writeU16(4 + value.length());
    out.writeOctets(value);
    out.writeZeros(padding(value.length(), 4));
  }
}
