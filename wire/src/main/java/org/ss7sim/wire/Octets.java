package org.ss7sim.wire;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable run of bytes: content equality, lowercase hex {@code toString}, and cheap slices
 * that share the backing array.
 *
 * <p>Ingress copies bytes into an {@code Octets} once; inside the stack layers pass slices.
 */
public final class Octets {
  private static final HexFormat HEX = HexFormat.of();

  /** The empty value. */
  public static final Octets EMPTY = new Octets(new byte[0], 0, 0);

  private final byte[] bytes;
  private final int offset;
  private final int length;
  private int hash;

  private Octets(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
  }

  /** A copy of the given bytes. */
  public static Octets of(byte... bytes) {
    return copyOf(bytes, 0, bytes.length);
  }

  /** Octets from unsigned byte values 0..255, for readable tests and constants. */
  public static Octets ofUnsigned(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 0 || values[i] > 0xff) {
        throw new IllegalArgumentException("not an octet: " + values[i]);
      }
      b[i] = (byte) values[i];
    }
    return new Octets(b, 0, b.length);
  }

  /** A copy of {@code length} bytes of {@code bytes} from {@code offset}. */
  public static Octets copyOf(byte[] bytes, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
    if (length == 0) {
      return EMPTY;
    }
    return new Octets(Arrays.copyOfRange(bytes, offset, offset + length), 0, length);
  }

  /**
   * Takes ownership of {@code bytes} without copying. The caller must not modify the array
   * afterwards; used by writers that hand over a freshly built buffer.
   */
  public static Octets wrap(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Octets(bytes, 0, bytes.length);
  }

  /** Takes ownership of a region of {@code bytes} without copying; see {@link #wrap(byte[])}. */
  public static Octets wrap(byte[] bytes, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
    return length == 0 ? EMPTY : new Octets(bytes, offset, length);
  }

  /**
   * Parses hex digits; whitespace, ':' and '-' between octets are ignored, as in annotated golden
   * files.
   */
  public static Octets fromHex(CharSequence hex) {
    StringBuilder clean = new StringBuilder(hex.length());
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      if (!Character.isWhitespace(c) && c != ':' && c != '-') {
        clean.append(c);
      }
    }
    if (clean.length() % 2 != 0) {
      throw new IllegalArgumentException("odd number of hex digits: " + clean.length());
    }
    return wrap(HEX.parseHex(clean));
  }

  public int length() {
    return length;
  }

  public boolean isEmpty() {
    return length == 0;
  }

  /** The unsigned value (0..255) of the byte at {@code index}. */
  public int get(int index) {
    java.util.Objects.checkIndex(index, length);
    return bytes[offset + index] & 0xff;
  }

  /** The bytes from {@code from} (inclusive) to {@code to} (exclusive), sharing storage. */
  public Octets slice(int from, int to) {
    java.util.Objects.checkFromToIndex(from, to, length);
    if (from == 0 && to == length) {
      return this;
    }
    return to == from ? EMPTY : new Octets(bytes, offset + from, to - from);
  }

  /** The bytes from {@code from} to the end, sharing storage. */
  public Octets slice(int from) {
    return slice(from, length);
  }

  /** This value followed by {@code other}. */
  public Octets concat(Octets other) {
    if (other.length == 0) {
      return this;
    }
    if (length == 0) {
      return other;
    }
    byte[] b = new byte[length + other.length];
    System.arraycopy(bytes, offset, b, 0, length);
    System.arraycopy(other.bytes, other.offset, b, length, other.length);
    return new Octets(b, 0, b.length);
  }

  /** A fresh copy of the bytes. */
  public byte[] toByteArray() {
    return Arrays.copyOfRange(bytes, offset, offset + length);
  }

  /**
   * A read-only view of the bytes (no copy), positioned at the first: for handing them to a
   * transport that copies them once into its own buffer.
   */
  public java.nio.ByteBuffer asReadOnlyBuffer() {
    return java.nio.ByteBuffer.wrap(bytes, offset, length).slice().asReadOnlyBuffer();
  }

  /** Copies the bytes into {@code destination} at {@code destinationOffset}. */
  public void copyTo(byte[] destination, int destinationOffset) {
    System.arraycopy(bytes, offset, destination, destinationOffset, length);
  }

  /** A reader positioned at the first byte. */
  public WireReader reader() {
    return new WireReader(bytes, offset, length);
  }

  /** Lowercase hex without separators. */
  public String toHex() {
    return HEX.formatHex(bytes, offset, offset + length);
  }

  @Override
  public String toString() {
    return toHex();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Octets other) || other.length != length) {
      return false;
    }
    return Arrays.equals(
        bytes, offset, offset + length, other.bytes, other.offset, other.offset + length);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0 && length > 0) {
      h = 1;
      for (int i = offset; i < offset + length; i++) {
        h = 31 * h + bytes[i];
      }
      hash = h;
    }
    return h;
  }
}
