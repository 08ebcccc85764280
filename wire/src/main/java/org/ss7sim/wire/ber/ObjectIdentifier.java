package org.ss7sim.wire.ber;

import java.util.Arrays;
import org.ss7sim.wire.Octets;

/**
 * An OBJECT IDENTIFIER (X.690 §8.19) held as its encoded content octets, so equality and hashing
 * are on bytes and decoding allocates nothing but a slice.
 *
 * @param content the contents octets (without tag and length), at least one octet
 */
public record ObjectIdentifier(Octets content) {
  public ObjectIdentifier {
    java.util.Objects.requireNonNull(content, "content");
    if (!isValid(content)) {
      throw new IllegalArgumentException("not OBJECT IDENTIFIER contents: " + content);
    }
  }

  /** Checks the contents octets: non-empty, each subidentifier minimal and terminated. */
  public static boolean isValid(Octets content) {
    int n = content.length();
    if (n == 0 || (content.get(n - 1) & 0x80) != 0) {
      return false;
    }
    boolean start = true;
    for (int i = 0; i < n; i++) {
      int b = content.get(i);
      if (start && b == 0x80) {
        return false;
      }
      start = (b & 0x80) == 0;
    }
    return true;
  }

  /** From arcs, e.g. {@code of(0, 4, 0, 0, 1, 0, 25, 3)}. */
  public static ObjectIdentifier of(long... arcs) {
    if (arcs.length < 2
        || arcs[0] < 0
        || arcs[0] > 2
        || arcs[1] < 0
        || (arcs[0] < 2 && arcs[1] > 39)) {
      throw new IllegalArgumentException("bad first arcs: " + Arrays.toString(arcs));
    }
    byte[] tmp = new byte[10 * arcs.length];
    int n = putArc(tmp, 0, arcs[0] * 40 + arcs[1]);
    for (int i = 2; i < arcs.length; i++) {
      if (arcs[i] < 0) {
        throw new IllegalArgumentException("negative arc: " + arcs[i]);
      }
      n = putArc(tmp, n, arcs[i]);
    }
    return new ObjectIdentifier(Octets.copyOf(tmp, 0, n));
  }

  /** From dotted form, e.g. {@code "0.4.0.0.1.0.25.3"}. */
  public static ObjectIdentifier parse(String dotted) {
    String[] parts = dotted.split("\\.");
    long[] arcs = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      arcs[i] = Long.parseLong(parts[i]);
    }
    return of(arcs);
  }

  private static int putArc(byte[] out, int at, long v) {
    int groups = 1;
    for (long t = v >>> 7; t != 0; t >>>= 7) {
      groups++;
    }
    for (int g = groups - 1; g >= 0; g--) {
      out[at++] = (byte) (((v >>> (7 * g)) & 0x7f) | (g > 0 ? 0x80 : 0));
    }
    return at;
  }

  /** The arcs, with the first two split out of the first subidentifier. */
  public long[] arcs() {
    long[] tmp = new long[content.length() + 1];
    int count = 0;
    long v = 0;
    for (int i = 0; i < content.length(); i++) {
      int b = content.get(i);
      v = (v << 7) | (b & 0x7f);
      if ((b & 0x80) == 0) {
        if (count == 0) {
          long first = v < 80 ? v / 40 : 2;
          tmp[count++] = first;
          tmp[count++] = v - first * 40;
        } else {
          tmp[count++] = v;
        }
        v = 0;
      }
    }
    return Arrays.copyOf(tmp, count);
  }

  /** The last arc, e.g. the version of a MAP application context. */
  public long lastArc() {
    long[] a = arcs();
    return a[a.length - 1];
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (long arc : arcs()) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(arc);
    }
    return sb.toString();
  }
}
