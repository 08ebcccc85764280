package org.ss7sim.wire.ber;

import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Writes BER (X.690 §8) with definite lengths in their minimal form into a {@link WireWriter}.
 *
 * <p>Primitive values are written with their length known up front. A constructed element is opened
 * with {@link #start(int)}, which writes the tag and reserves one length octet, and closed with
 * {@link #end(int)}, which patches the length in; when the contents turned out longer than 127
 * octets the contents are moved right by the one to four extra length octets in place.
 *
 * <pre>{@code
 * BerWriter w = new BerWriter(out);
 * int seq = w.start(BerTag.SEQUENCE);
 * w.integer(BerTag.INTEGER, invokeId).octetString(BerTag.context(0), imsi);
 * w.end(seq);
 * }</pre>
 */
public final class BerWriter {
  private final WireWriter out;

  public BerWriter(WireWriter out) {
    this.out = out;
  }

  public WireWriter out() {
    return out;
  }

  /** Writes the identifier octets of {@code tag}. */
  public BerWriter tag(int tag) {
    int number = BerTag.number(tag);
    if (number < 31) {
      out.writeU8(tag);
      return this;
    }
    out.writeU8(tag >>> 24);
    int groups = BerTag.encodedLength(tag) - 1;
    for (int g = groups - 1; g >= 0; g--) {
      out.writeU8(((number >>> (7 * g)) & 0x7f) | (g > 0 ? 0x80 : 0));
    }
    return this;
  }

  /** Writes a definite length in the minimal form. */
  public BerWriter length(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("negative length " + length);
    }
    if (length < 0x80) {
      out.writeU8(length);
      return this;
    }
    int n = lengthOctets(length);
    out.writeU8(0x80 | n);
    for (int i = n - 1; i >= 0; i--) {
      out.writeU8((length >>> (8 * i)) & 0xff);
    }
    return this;
  }

  private static int lengthOctets(int length) {
    return length <= 0xff ? 1 : length <= 0xffff ? 2 : length <= 0xffffff ? 3 : 4;
  }

  /** Number of octets the length field of a {@code length}-octet value takes. */
  public static int lengthOfLength(int length) {
    return length < 0x80 ? 1 : 1 + lengthOctets(length);
  }

  /**
   * Octets an element with {@code tag} and {@code contentLength} octets of contents takes, for
   * codecs that measure before they write (no back-patching, nothing moved).
   */
  public static int elementLength(int tag, int contentLength) {
    return BerTag.encodedLength(tag) + lengthOfLength(contentLength) + contentLength;
  }

  /** Octets a one-octet-tag INTEGER or ENUMERATED element of value {@code v} takes. */
  public static int integerElementLength(long v) {
    return 2 + integerLength(v);
  }

  /** Writes the tag and the definite length of a constructed element whose size is known. */
  public BerWriter header(int tag, int contentLength) {
    tag(tag);
    return length(contentLength);
  }

  /** Opens a constructed element: writes its tag and reserves a length octet; returns the mark. */
  public int start(int tag) {
    tag(tag);
    out.writeU8(0);
    return out.position() - 1;
  }

  /** Closes the element opened at {@code mark}, patching its length. */
  public BerWriter end(int mark) {
    int length = out.position() - mark - 1;
    if (length < 0x80) {
      out.patchU8(mark, length);
      return this;
    }
    int n = lengthOctets(length);
    out.insertZeros(mark + 1, n);
    out.patchU8(mark, 0x80 | n);
    for (int i = 0; i < n; i++) {
      out.patchU8(mark + 1 + i, (length >>> (8 * (n - 1 - i))) & 0xff);
    }
    return this;
  }

  /** Number of contents octets of INTEGER {@code v} (two's complement, minimal). */
  public static int integerLength(long v) {
    int n = 1;
    while (n < 8 && (v < -(1L << (8 * n - 1)) || v >= (1L << (8 * n - 1)))) {
      n++;
    }
    return n;
  }

  /** INTEGER or ENUMERATED (or an implicitly tagged one) with the given tag. */
  public BerWriter integer(int tag, long v) {
    tag(tag);
    int n = integerLength(v);
    out.writeU8(n);
    for (int i = n - 1; i >= 0; i--) {
      out.writeU8((int) ((v >>> (8 * i)) & 0xff));
    }
    return this;
  }

  public BerWriter integer(long v) {
    return integer(BerTag.INTEGER, v);
  }

  public BerWriter enumerated(long v) {
    return integer(BerTag.ENUMERATED, v);
  }

  public BerWriter bool(int tag, boolean v) {
    tag(tag);
    out.writeU8(1);
    out.writeU8(v ? 0xff : 0x00);
    return this;
  }

  public BerWriter nullValue(int tag) {
    tag(tag);
    out.writeU8(0);
    return this;
  }

  /** OCTET STRING (primitive) with the given tag. */
  public BerWriter octetString(int tag, Octets v) {
    tag(tag);
    length(v.length());
    out.writeOctets(v);
    return this;
  }

  public BerWriter bitString(int tag, BitString v) {
    tag(tag);
    length(v.bytes().length() + 1);
    out.writeU8(v.unusedBits());
    out.writeOctets(v.bytes());
    return this;
  }

  public BerWriter oid(int tag, ObjectIdentifier v) {
    return octetString(tag, v.content());
  }

  public BerWriter oid(ObjectIdentifier v) {
    return oid(BerTag.OBJECT_IDENTIFIER, v);
  }

  /** Copies already encoded elements unchanged. */
  public BerWriter raw(Octets encoded) {
    out.writeOctets(encoded);
    return this;
  }
}
