package org.ss7sim.wire;

/**
 * Packed decimal digit strings, two digits per octet with the first digit in the low nibble, as
 * ISUP numbers (Q.763 §3.9), SCCP global titles (Q.713 §3.4.2.3) and MAP TBCD-STRINGs (TS 29.002
 * §17.7.8) carry them.
 *
 * <p>Two flavours differ only in what fills an odd last nibble and which characters stand for the
 * nibble values 10–15:
 *
 * <ul>
 *   <li><b>BCD</b> (ISUP, SCCP): filler 0 with a separate odd/even indicator; nibbles 10–15 are
 *       written {@code a}–{@code f} (SCCP uses 11 and 12 as code 11 / code 12; ISUP uses 15 as ST).
 *   <li><b>TBCD</b> (MAP): filler 1111 marks an odd count; nibbles 10–14 are {@code * # a b c}.
 * </ul>
 */
public final class Digits {
  private static final char[] BCD_CHARS = "0123456789abcdef".toCharArray();
  private static final char[] TBCD_CHARS = "0123456789*#abc".toCharArray();

  private Digits() {}

  /** Number of octets that {@code digitCount} packed digits take. */
  public static int packedLength(int digitCount) {
    return (digitCount + 1) / 2;
  }

  /** Packs BCD digits ({@code 0-9a-f}); an odd last nibble is filled with 0. */
  public static Octets encodeBcd(CharSequence digits) {
    byte[] out = new byte[packedLength(digits.length())];
    for (int i = 0; i < digits.length(); i++) {
      int v = bcdValue(digits.charAt(i), digits, i);
      out[i / 2] |= (byte) ((i % 2 == 0) ? v : v << 4);
    }
    return Octets.wrap(out);
  }

  /** Unpacks {@code digitCount} BCD digits from the start of {@code packed}. */
  public static String decodeBcd(Octets packed, int digitCount) throws MalformedMessageException {
    if (digitCount < 0 || packedLength(digitCount) > packed.length()) {
      throw new MalformedMessageException(
          digitCount + " digits do not fit in " + packed.length() + " octets", 0);
    }
    char[] out = new char[digitCount];
    for (int i = 0; i < digitCount; i++) {
      int b = packed.get(i / 2);
      out[i] = BCD_CHARS[(i % 2 == 0) ? b & 0x0f : b >>> 4];
    }
    return new String(out);
  }

  /** Unpacks all BCD digits of {@code packed}; {@code odd} drops the last (filler) nibble. */
  public static String decodeBcd(Octets packed, boolean odd) throws MalformedMessageException {
    int count = packed.length() * 2 - (odd ? 1 : 0);
    return decodeBcd(packed, Math.max(count, 0));
  }

  /** Packs a TBCD-STRING ({@code 0-9 * # a b c}); an odd count ends with the filler 1111. */
  public static Octets encodeTbcd(CharSequence digits) {
    byte[] out = new byte[packedLength(digits.length())];
    for (int i = 0; i < digits.length(); i++) {
      int v = tbcdValue(digits.charAt(i), digits, i);
      out[i / 2] |= (byte) ((i % 2 == 0) ? v : v << 4);
    }
    if (digits.length() % 2 == 1) {
      out[out.length - 1] |= (byte) 0xf0;
    }
    return Octets.wrap(out);
  }

  /**
   * Unpacks a TBCD-STRING. A filler nibble (1111) ends the string; it is accepted only as the last
   * nibble, as TS 29.002 §17.7.8 requires.
   */
  public static String decodeTbcd(Octets packed) throws MalformedMessageException {
    StringBuilder sb = new StringBuilder(packed.length() * 2);
    for (int i = 0; i < packed.length(); i++) {
      int b = packed.get(i);
      int lo = b & 0x0f;
      int hi = b >>> 4;
      if (lo == 0x0f) {
        throw new MalformedMessageException("TBCD filler in a low nibble", i, "TS 29.002 §17.7.8");
      }
      sb.append(TBCD_CHARS[lo]);
      if (hi == 0x0f) {
        if (i != packed.length() - 1) {
          throw new MalformedMessageException(
              "TBCD filler before the last octet", i, "TS 29.002 §17.7.8");
        }
        break;
      }
      sb.append(TBCD_CHARS[hi]);
    }
    return sb.toString();
  }

  private static int bcdValue(char c, CharSequence digits, int index) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    throw new IllegalArgumentException("not a BCD digit '" + c + "' at " + index + " in " + digits);
  }

  private static int tbcdValue(char c, CharSequence digits, int index) {
    switch (c) {
      case '*':
        return 10;
      case '#':
        return 11;
      case 'a':
      case 'A':
        return 12;
      case 'b':
      case 'B':
        return 13;
      case 'c':
      case 'C':
        return 14;
      default:
        if (c >= '0' && c <= '9') {
          return c - '0';
        }
        throw new IllegalArgumentException(
            "not a TBCD digit '" + c + "' at " + index + " in " + digits);
    }
  }
}
