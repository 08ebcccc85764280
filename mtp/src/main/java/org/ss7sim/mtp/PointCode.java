package org.ss7sim.mtp;

/**
 * A signaling point code. ITU-T point codes are 14 bits (Q.704 §2.2.2), written as an integer or in
 * the 3-8-3 form {@code zone-area-point}; ANSI point codes are 24 bits (network-cluster-member,
 * 8-8-8).
 */
public record PointCode(PointCodeFormat format, int value) {
  public PointCode {
    java.util.Objects.requireNonNull(format, "format");
    if (value < 0 || value > format.maxValue()) {
      throw new IllegalArgumentException(format + " point code out of range: " + value);
    }
  }

  /** An ITU 14-bit point code. */
  public static PointCode itu(int value) {
    return new PointCode(PointCodeFormat.ITU, value);
  }

  /**
   * Parses an ITU point code written as an integer ({@code 1234}) or as 3-8-3 ({@code 0-154-2}); an
   * ANSI one as 8-8-8 with a prefix {@code ansi:}.
   */
  public static PointCode parse(String text) {
    String t = text.trim();
    PointCodeFormat format = PointCodeFormat.ITU;
    if (t.startsWith("ansi:")) {
      format = PointCodeFormat.ANSI;
      t = t.substring(5);
    }
    try {
      if (!t.contains("-")) {
        return new PointCode(format, Integer.parseInt(t));
      }
      String[] p = t.split("-", -1);
      if (p.length != 3) {
        throw new IllegalArgumentException("point code needs three parts: " + text);
      }
      int a = Integer.parseInt(p[0]);
      int b = Integer.parseInt(p[1]);
      int c = Integer.parseInt(p[2]);
      if (format == PointCodeFormat.ITU) {
        if (a > 7 || b > 255 || c > 7 || a < 0 || b < 0 || c < 0) {
          throw new IllegalArgumentException("ITU point code parts out of range (3-8-3): " + text);
        }
        return itu(a << 11 | b << 3 | c);
      }
      if (a > 255 || b > 255 || c > 255 || a < 0 || b < 0 || c < 0) {
        throw new IllegalArgumentException("ANSI point code parts out of range (8-8-8): " + text);
      }
      return new PointCode(PointCodeFormat.ANSI, a << 16 | b << 8 | c);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a point code: " + text, e);
    }
  }

  /** The structured form: 3-8-3 for ITU, 8-8-8 for ANSI. */
  public String toStructuredString() {
    if (format == PointCodeFormat.ITU) {
      return (value >>> 11) + "-" + ((value >>> 3) & 0xff) + "-" + (value & 0x7);
    }
    return (value >>> 16) + "-" + ((value >>> 8) & 0xff) + "-" + (value & 0xff);
  }

  @Override
  public String toString() {
    return value + " (" + toStructuredString() + ")";
  }
}
