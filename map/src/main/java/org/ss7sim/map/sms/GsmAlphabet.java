package org.ss7sim.map.sms;

/**
 * The GSM 7-bit default alphabet and its extension table (TS 23.038 §6.2.1, §6.2.1.1).
 *
 * <p>Text is converted to a sequence of septet values (one per {@code byte}, 0–127); an extension
 * character takes two septets, the escape {@code 0x1B} followed by its code. Packing the septets
 * into octets is {@link Septets}' job.
 */
public final class GsmAlphabet {
  /** The escape to the extension table (TS 23.038 §6.2.1.1). */
  public static final int ESCAPE = 0x1b;

  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  private static final char[] EXTENSION = new char[128];

  /** Code of each UTF-16 unit: 0-127 basic, 0x100 | code for the extension table, -1 none. */
  private static final short[] ENCODE = new short[65536];

  static {
    java.util.Arrays.fill(ENCODE, (short) -1);
    if (BASIC.length() != 128) {
      throw new AssertionError("default alphabet table has " + BASIC.length() + " entries");
    }
    for (int i = 0; i < 128; i++) {
      if (i != ESCAPE) {
        ENCODE[BASIC.charAt(i)] = (short) i;
      }
    }
    // Extension table, TS 23.038 §6.2.1.1: code -> character
    int[][] ext = {
      {0x0a, '\f'}, {0x14, '^'}, {0x28, '{'}, {0x29, '}'}, {0x2f, '\\'},
      {0x3c, '['}, {0x3d, '~'}, {0x3e, ']'}, {0x40, '|'}, {0x65, '€'}
    };
    for (int[] e : ext) {
      EXTENSION[e[0]] = (char) e[1];
      ENCODE[e[1]] = (short) (0x100 | e[0]);
    }
    // Small c with cedilla was code 0x09 in early editions; encode it there rather than fail.
    ENCODE['ç'] = 0x09;
  }

  private GsmAlphabet() {}

  /** Whether every character of {@code text} is in the default alphabet or its extension. */
  public static boolean canEncode(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (ENCODE[text.charAt(i)] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Number of septets {@code text} takes (extension characters count two). */
  public static int septetCount(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += septetCount(text.charAt(i));
    }
    return n;
  }

  /** Septets one character takes: 1, 2 for an extension character; -1 if not encodable. */
  public static int septetCount(char c) {
    int code = ENCODE[c];
    if (code < 0) {
      return -1;
    }
    return code > 0xff ? 2 : 1;
  }

  /**
   * Converts text to septet values.
   *
   * @throws IllegalArgumentException if a character is not in the alphabet
   */
  public static byte[] toSeptets(CharSequence text) {
    byte[] out = new byte[septetCount(text)];
    int o = 0;
    for (int i = 0; i < text.length(); i++) {
      int code = ENCODE[text.charAt(i)];
      if (code < 0) {
        throw new IllegalArgumentException(
            "character U+"
                + Integer.toHexString(text.charAt(i))
                + " at "
                + i
                + " is not in the GSM 7-bit alphabet");
      }
      if (code > 0xff) {
        out[o++] = ESCAPE;
      }
      out[o++] = (byte) (code & 0x7f);
    }
    return out;
  }

  /**
   * Converts septet values to text. An escape followed by a code the extension table does not
   * define shows the default-alphabet character of that code, as TS 23.038 §6.2.1.1 asks; a
   * trailing lone escape is shown as a space.
   */
  public static String fromSeptets(byte[] septets, int from, int count) {
    StringBuilder sb = new StringBuilder(count);
    int end = from + count;
    for (int i = from; i < end; i++) {
      int s = septets[i] & 0x7f;
      if (s == ESCAPE) {
        if (i + 1 >= end) {
          sb.append(' ');
          continue;
        }
        int e = septets[++i] & 0x7f;
        char c = EXTENSION[e];
        sb.append(c != 0 ? c : BASIC.charAt(e == ESCAPE ? 0x20 : e));
      } else {
        sb.append(BASIC.charAt(s));
      }
    }
    return sb.toString();
  }
}
