package org.ss7sim.wire;

/**
 * A bounds-checked cursor over bytes. Every read checks the bytes remaining first and throws {@link
 * MalformedMessageException} with the offset (from the start of the message) where the input ran
 * out; nothing is allocated before that check.
 *
 * <p>Multi-byte reads are big-endian (network order) unless the method name ends in {@code Le}.
 * Unsigned fields are returned in a wider type ({@code int} for up to 24 bits, {@code long} for
 * 32). A reader is not thread-safe; one thread owns it.
 */
public final class WireReader {
  private final byte[] buf;
  private final int origin;
  private final int limit;
  private int position;

  WireReader(byte[] buf, int start, int length) {
    this(buf, start, start, start + length);
  }

  private WireReader(byte[] buf, int origin, int position, int limit) {
    this.buf = buf;
    this.origin = origin;
    this.position = position;
    this.limit = limit;
  }

  /** A reader over a fresh copy-free view of {@code bytes}; the array must not change. */
  public static WireReader of(Octets octets) {
    return octets.reader();
  }

  /** Offset of the next byte from the start of the message. */
  public int offset() {
    return position - origin;
  }

  public int remaining() {
    return limit - position;
  }

  public boolean hasRemaining() {
    return position < limit;
  }

  /** Throws unless at least {@code n} bytes remain. */
  public void require(int n, String what) throws MalformedMessageException {
    if (n < 0 || n > limit - position) {
      throw new MalformedMessageException(
          what + ": needs " + n + " octets, " + (limit - position) + " remain", offset());
    }
  }

  /** Throws unless every byte has been consumed. */
  public void requireEnd(String what) throws MalformedMessageException {
    if (position != limit) {
      throw new MalformedMessageException(
          what + ": " + (limit - position) + " unexpected trailing octets", offset());
    }
  }

  public int peekU8() throws MalformedMessageException {
    require(1, "octet");
    return buf[position] & 0xff;
  }

  /** The unsigned byte at {@code ahead} bytes past the cursor, without moving it. */
  public int peekU8(int ahead) throws MalformedMessageException {
    if (ahead < 0 || ahead >= limit - position) {
      throw new MalformedMessageException("octet " + ahead + " ahead is past the end", offset());
    }
    return buf[position + ahead] & 0xff;
  }

  public int readU8() throws MalformedMessageException {
    require(1, "octet");
    return buf[position++] & 0xff;
  }

  public int readU16() throws MalformedMessageException {
    require(2, "16-bit field");
    int v = ((buf[position] & 0xff) << 8) | (buf[position + 1] & 0xff);
    position += 2;
    return v;
  }

  /** Least significant octet first, as the ISUP CIC and the SCCP ITU point code are sent. */
  public int readU16Le() throws MalformedMessageException {
    require(2, "16-bit field");
    int v = (buf[position] & 0xff) | ((buf[position + 1] & 0xff) << 8);
    position += 2;
    return v;
  }

  public int readU24() throws MalformedMessageException {
    require(3, "24-bit field");
    int v =
        ((buf[position] & 0xff) << 16)
            | ((buf[position + 1] & 0xff) << 8)
            | (buf[position + 2] & 0xff);
    position += 3;
    return v;
  }

  public long readU32() throws MalformedMessageException {
    return readI32() & 0xffffffffL;
  }

  /** Least significant octet first: the ITU MTP3 routing label is a 32-bit little-endian word. */
  public long readU32Le() throws MalformedMessageException {
    require(4, "32-bit field");
    long v =
        (buf[position] & 0xffL)
            | (buf[position + 1] & 0xffL) << 8
            | (buf[position + 2] & 0xffL) << 16
            | (buf[position + 3] & 0xffL) << 24;
    position += 4;
    return v;
  }

  public int readI32() throws MalformedMessageException {
    require(4, "32-bit field");
    int v =
        (buf[position] & 0xff) << 24
            | (buf[position + 1] & 0xff) << 16
            | (buf[position + 2] & 0xff) << 8
            | (buf[position + 3] & 0xff);
    position += 4;
    return v;
  }

  /** The next {@code n} bytes as a slice sharing storage (no copy). */
  public Octets readOctets(int n) throws MalformedMessageException {
    require(n, "octet string");
    Octets o = Octets.wrap(buf, position, n);
    position += n;
    return o;
  }

  /** All remaining bytes as a slice. */
  public Octets readRemaining() {
    Octets o = Octets.wrap(buf, position, limit - position);
    position = limit;
    return o;
  }

  public void skip(int n) throws MalformedMessageException {
    require(n, "skipped field");
    position += n;
  }

  /**
   * A reader over the next {@code n} bytes (offsets still counted from the message start); this
   * reader moves past them.
   */
  public WireReader limited(int n) throws MalformedMessageException {
    require(n, "nested field");
    WireReader child = new WireReader(buf, origin, position, position + n);
    position += n;
    return child;
  }

  /** A new reader over the remaining bytes whose offsets start at zero. */
  public WireReader rebased() {
    return new WireReader(buf, position, position, limit);
  }

  /** Throws a {@link MalformedMessageException} at the current offset. */
  public MalformedMessageException malformed(String reason, String specReference) {
    return new MalformedMessageException(reason, offset(), specReference);
  }
}
