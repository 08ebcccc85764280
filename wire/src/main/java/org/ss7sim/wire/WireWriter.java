package org.ss7sim.wire;

import java.util.Arrays;

/**
 * A growable big-endian byte writer with length back-patching.
 *
 * <p>To write a length before contents whose size is not yet known, reserve the length field, write
 * the contents, then patch:
 *
 * <pre>{@code
 * int slot = out.reserve(2);          // two-octet length
 * ... write the contents ...
 * out.patchU16(slot, out.position() - slot - 2);
 * }</pre>
 *
 * A writer is not thread-safe; {@link #reset()} makes it reusable without reallocating.
 */
public final class WireWriter {
  private byte[] buf;
  private int position;

  public WireWriter() {
    this(64);
  }

  public WireWriter(int initialCapacity) {
    buf = new byte[Math.max(initialCapacity, 8)];
  }

  /** Number of bytes written so far (the offset of the next byte). */
  public int position() {
    return position;
  }

  /** Forgets everything written; capacity is kept. */
  public WireWriter reset() {
    position = 0;
    return this;
  }

  private void ensure(int n) {
    if (position + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, position + n));
    }
  }

  private static void checkRange(long value, long max, String what) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(what + " out of range: " + value);
    }
  }

  public WireWriter writeU8(int v) {
    checkRange(v, 0xff, "octet");
    ensure(1);
    buf[position++] = (byte) v;
    return this;
  }

  public WireWriter writeU16(int v) {
    checkRange(v, 0xffff, "16-bit value");
    ensure(2);
    buf[position++] = (byte) (v >>> 8);
    buf[position++] = (byte) v;
    return this;
  }

  /** Least significant octet first. */
  public WireWriter writeU16Le(int v) {
    checkRange(v, 0xffff, "16-bit value");
    ensure(2);
    buf[position++] = (byte) v;
    buf[position++] = (byte) (v >>> 8);
    return this;
  }

  public WireWriter writeU24(int v) {
    checkRange(v, 0xffffff, "24-bit value");
    ensure(3);
    buf[position++] = (byte) (v >>> 16);
    buf[position++] = (byte) (v >>> 8);
    buf[position++] = (byte) v;
    return this;
  }

  public WireWriter writeU32(long v) {
    checkRange(v, 0xffffffffL, "32-bit value");
    return writeI32((int) v);
  }

  /** Least significant octet first. */
  public WireWriter writeU32Le(long v) {
    checkRange(v, 0xffffffffL, "32-bit value");
    ensure(4);
    buf[position++] = (byte) v;
    buf[position++] = (byte) (v >>> 8);
    buf[position++] = (byte) (v >>> 16);
    buf[position++] = (byte) (v >>> 24);
    return this;
  }

  public WireWriter writeI32(int v) {
    ensure(4);
    buf[position++] = (byte) (v >>> 24);
    buf[position++] = (byte) (v >>> 16);
    buf[position++] = (byte) (v >>> 8);
    buf[position++] = (byte) v;
    return this;
  }

  public WireWriter writeOctets(Octets o) {
    ensure(o.length());
    o.copyTo(buf, position);
    position += o.length();
    return this;
  }

  public WireWriter writeBytes(byte[] b, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, b.length);
    ensure(length);
    System.arraycopy(b, offset, buf, position, length);
    position += length;
    return this;
  }

  /** Writes {@code n} zero bytes. */
  public WireWriter writeZeros(int n) {
    ensure(n);
    Arrays.fill(buf, position, position + n, (byte) 0);
    position += n;
    return this;
  }

  /** Writes zero bytes until the position is a multiple of {@code alignment}. */
  public WireWriter padTo(int alignment) {
    return writeZeros(Tlv.padding(position, alignment));
  }

  /** Reserves {@code n} zero bytes to patch later; returns their offset. */
  public int reserve(int n) {
    int at = position;
    writeZeros(n);
    return at;
  }

  /**
   * Opens a gap of {@code n} zero bytes at {@code at}, moving the bytes already written from there
   * on {@code n} places right (one {@code System.arraycopy}). Used by the BER writer when a
   * back-patched length turns out to need the long form.
   */
  public void insertZeros(int at, int n) {
    if (at < 0 || at > position || n < 0) {
      throw new IndexOutOfBoundsException("insert of " + n + " at " + at + " outside " + position);
    }
    ensure(n);
    System.arraycopy(buf, at, buf, at + n, position - at);
    for (int i = at; i < at + n; i++) {
      buf[i] = 0;
    }
    position += n;
  }

  public void patchU8(int at, int v) {
    checkRange(v, 0xff, "octet");
    checkPatch(at, 1);
    buf[at] = (byte) v;
  }

  public void patchU16(int at, int v) {
    checkRange(v, 0xffff, "16-bit value");
    checkPatch(at, 2);
    buf[at] = (byte) (v >>> 8);
    buf[at + 1] = (byte) v;
  }

  public void patchU32(int at, long v) {
    checkRange(v, 0xffffffffL, "32-bit value");
    checkPatch(at, 4);
    buf[at] = (byte) (v >>> 24);
    buf[at + 1] = (byte) (v >>> 16);
    buf[at + 2] = (byte) (v >>> 8);
    buf[at + 3] = (byte) v;
  }

  private void checkPatch(int at, int n) {
    if (at < 0 || at + n > position) {
      throw new IndexOutOfBoundsException("patch at " + at + " of " + n + " outside " + position);
    }
  }

  /** The unsigned byte already written at {@code at}. */
  public int byteAt(int at) {
    java.util.Objects.checkIndex(at, position);
    return buf[at] & 0xff;
  }

  /** A copy of everything written. */
  public Octets toOctets() {
    return Octets.copyOf(buf, 0, position);
  }

  /** A copy of everything written, as an array. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buf, position);
  }
}
