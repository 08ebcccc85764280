package org.ss7sim.inap.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * The address signals of ISUP-format numbers (Q.763 §3.9 e): BCD, first digit in the low nibble,
 * nibble values 10–15 written {@code a}–{@code f} (11 and 12 are code 11/12, 15 is ST). An odd
 * count leaves the high nibble of the last octet as filler, normally 0; some equipment writes F, so
 * the filler is kept to re-encode the input unchanged.
 */
final class NumberDigits {
  private static final char[] CHARS = "0123456789abcdef".toCharArray();

  private NumberDigits() {}

  static String check(String digits) {
    java.util.Objects.requireNonNull(digits, "digits");
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), 16) < 0 || Character.isUpperCase(digits.charAt(i))) {
        throw new IllegalArgumentException("not a BCD digit (0-9, a-f): " + digits);
      }
    }
    return digits;
  }

  static void checkFiller(int filler, String digits) {
    if (filler < 0 || filler > 15 || (filler != 0 && digits.length() % 2 == 0)) {
      throw new IllegalArgumentException(
          "filler " + filler + " for " + digits.length() + " digits");
    }
  }

  /** The digits in the octets of {@code v} from {@code from} on; odd drops the filler nibble. */
  static String decode(Octets v, int from, boolean odd) {
    int n = (v.length() - from) * 2 - (odd ? 1 : 0);
    char[] out = new char[Math.max(n, 0)];
    for (int i = 0; i < out.length; i++) {
      int b = v.get(from + i / 2);
      out[i] = CHARS[(i % 2 == 0) ? b & 0x0f : b >>> 4];
    }
    return new String(out);
  }

  static int filler(Octets v, boolean odd) {
    return odd ? v.get(v.length() - 1) >>> 4 : 0;
  }

  static void requireDigits(Octets v, int from, boolean odd, int offset, String what)
      throws MalformedMessageException {
    if (odd && v.length() <= from) {
      throw new MalformedMessageException(
          what + " is odd but has no address signals", offset, "Q.763 §3.9");
    }
  }

  static void encode(String digits, int filler, byte[] out, int from) {
    for (int i = 0; i < digits.length(); i++) {
      int d = Character.digit(digits.charAt(i), 16);
      out[from + i / 2] |= (byte) ((i % 2 == 0) ? d : d << 4);
    }
    if (digits.length() % 2 == 1) {
      out[from + digits.length() / 2] |= (byte) (filler << 4);
    }
  }
}
