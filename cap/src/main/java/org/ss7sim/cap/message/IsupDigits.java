package org.ss7sim.cap.message;

import org.ss7sim.wire.Octets;

/**
 * The address signals of the ISUP-format numbers CAP carries (Q.763 §3.9 e): BCD, first digit in
 * the low nibble, nibble values 10–15 written {@code a}–{@code f}. An odd count leaves the high
 * nibble of the last octet as filler, normally 0; it is kept so that re-encoding reproduces the
 * input (some equipment writes F).
 */
final class IsupDigits {
  private static final char[] CHARS = "0123456789abcdef".toCharArray();

  private IsupDigits() {}

  static void check(String digits, int filler) {
    java.util.Objects.requireNonNull(digits, "digits");
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        throw new IllegalArgumentException("not a BCD digit (0-9, a-f): " + digits);
      }
    }
    if (filler < 0 || filler > 15 || (filler != 0 && digits.length() % 2 == 0)) {
      throw new IllegalArgumentException(
          "filler " + filler + " for " + digits.length() + " digits");
    }
  }

  /** The digits in {@code v} from {@code from} on; odd drops the filler nibble. */
  static String decode(Octets v, int from, boolean odd) {
    int n = Math.max((v.length() - from) * 2 - (odd ? 1 : 0), 0);
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      int b = v.get(from + i / 2);
      out[i] = CHARS[(i % 2 == 0) ? b & 0x0f : b >>> 4];
    }
    return new String(out);
  }

  static int filler(Octets v, int from, boolean odd) {
    return odd && v.length() > from ? v.get(v.length() - 1) >>> 4 : 0;
  }

  /** Writes header octets then the digits; odd sets the O/E bit the caller put in octet 0. */
  static Octets encode(int octet1, int octet2, String digits, int filler) {
    byte[] out = new byte[2 + (digits.length() + 1) / 2];
    out[0] = (byte) ((digits.length() % 2 == 1 ? 0x80 : 0) | octet1);
    out[1] = (byte) octet2;
    for (int i = 0; i < digits.length(); i++) {
      int d = Character.digit(digits.charAt(i), 16);
      out[2 + i / 2] |= (byte) ((i % 2 == 0) ? d : d << 4);
    }
    if (digits.length() % 2 == 1) {
      out[2 + digits.length() / 2] |= (byte) (filler << 4);
    }
    return Octets.wrap(out);
  }
}
