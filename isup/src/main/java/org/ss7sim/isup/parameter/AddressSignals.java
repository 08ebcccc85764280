package org.ss7sim.isup.parameter;

import java.nio.charset.StandardCharsets;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Address signals of ISUP numbers (Q.763 §3.9 f): two per octet, first digit in bits 1–4, with a
 * separate odd/even indicator; nibbles 0–9 are digits, {@code b} code 11, {@code c} code 12 and
 * {@code f} ST (end of pulsing). Digit strings use the characters {@code 0-9a-f}.
 */
public final class AddressSignals {
  /** At most this many signals fit in one parameter (255 octets less the indicator octets). */
  public static final int MAX_DIGITS = 2 * 253;

  private static final byte[] CHARS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

  private AddressSignals() {}

  /** Throws unless {@code digits} are address signals this codec can pack. */
  public static String check(String digits) {
    if (digits.length() > MAX_DIGITS) {
      throw new IllegalArgumentException("too many address signals: " + digits.length());
    }
    for (int i = 0; i < digits.length(); i++) {
      nibble(digits.charAt(i));
    }
    return digits;
  }

  /** Unpacks the signals from {@code from} to the end of {@code content}. */
  public static String decode(Octets content, int from, boolean odd)
      throws MalformedMessageException {
    int octets = content.length() - from;
    if (octets < 0 || (odd && octets == 0)) {
      throw new MalformedMessageException("address signals missing", from, "Q.763 §3.9");
    }
    int count = octets * 2 - (odd ? 1 : 0);
    if (count > MAX_DIGITS) {
      // a one-octet header (subsequent number) leaves room for more than a number may hold
      throw new MalformedMessageException(
          count + " address signals, at most " + MAX_DIGITS, from, "Q.763 §3.9");
    }
    byte[] out = new byte[count];
    for (int i = 0; i < count; i++) {
      int b = content.get(from + (i >> 1));
      out[i] = CHARS[(i & 1) == 0 ? b & 0x0f : b >>> 4];
    }
    // Latin-1 bytes become the String's own storage without a char[] detour.
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /** Packs {@code digits}; an odd last nibble is filled with 0. */
  public static void encode(String digits, WireWriter out) {
    int n = digits.length();
    for (int i = 0; i + 1 < n; i += 2) {
      out.writeU8(nibble(digits.charAt(i)) | nibble(digits.charAt(i + 1)) << 4);
    }
    if ((n & 1) == 1) {
      out.writeU8(nibble(digits.charAt(n - 1)));
    }
  }

  /** The odd/even indicator bit (bit 8 of the first octet) for {@code digits}. */
  public static int oddBit(String digits) {
    return (digits.length() & 1) << 7;
  }

  static int nibble(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    throw new IllegalArgumentException("not an address signal: '" + c + "'");
  }

  static void requireLength(Octets content, int min, String what) throws MalformedMessageException {
    if (content.length() < min) {
      throw new MalformedMessageException(
          what + ": " + content.length() + " octets, needs " + min, 0, "Q.763 §3");
    }
  }

  static int range(int value, int max, String what) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(what + " out of range: " + value);
    }
    return value;
  }
}
