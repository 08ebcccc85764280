package org.ss7sim.map.sms;

/**
 * Packing of 7-bit septets into octets (TS 23.038 §6.1.2.1.1).
 *
 * <p>Septet {@code n} of a user data field occupies bits {@code 7n .. 7n+6} of the field, counted
 * from the least significant bit of the first octet. When a user data header precedes the text (TS
 * 23.040 §9.2.3.24) the header takes the first {@code ceil(8·octets/7)} septet positions and the
 * text starts at the next septet boundary; the bits between are the fill bits.
 *
 * <pre>
 *   octet 0: 1 1 1 1 1 1 1 | 2        (bit 7 .. bit 0: septet 1's low bit, septet 0)
 *   octet 1: 2 2 2 2 2 2 | 3 3 ...
 * </pre>
 */
public final class Septets {
  private Septets() {}

  /** Octets that {@code septets} septets occupy. */
  public static int octetLength(int septets) {
    return (septets * 7 + 7) / 8;
  }

  /** Septet positions an {@code octets}-long header occupies (rounded up to a septet boundary). */
  public static int septetsForOctets(int octets) {
    return (octets * 8 + 6) / 7;
  }

  /** Writes {@code septets} into {@code out} starting at septet position {@code startSeptet}. */
  public static void pack(byte[] septets, byte[] out, int startSeptet) {
    for (int i = 0; i < septets.length; i++) {
      int bit = (startSeptet + i) * 7;
      int v = septets[i] & 0x7f;
      int idx = bit >> 3;
      int shift = bit & 7;
      out[idx] |= (byte) (v << shift);
      if (shift > 1) {
        out[idx + 1] |= (byte) (v >> (8 - shift));
      }
    }
  }

  /** Packs septets alone (no header, no fill bits). */
  public static byte[] pack(byte[] septets) {
    byte[] out = new byte[octetLength(septets.length)];
    pack(septets, out, 0);
    return out;
  }

  /**
   * Reads {@code count} septets starting at septet position {@code startSeptet}. The caller has
   * checked that {@code in} holds {@code octetLength(startSeptet + count)} octets.
   */
  public static byte[] unpack(byte[] in, int startSeptet, int count) {
    byte[] out = new byte[count];
    for (int i = 0; i < count; i++) {
      int bit = (startSeptet + i) * 7;
      int idx = bit >> 3;
      int shift = bit & 7;
      int v = (in[idx] & 0xff) >> shift;
      if (shift > 1) {
        v |= (in[idx + 1] & 0xff) << (8 - shift);
      }
      out[i] = (byte) (v & 0x7f);
    }
    return out;
  }
}
