package org.ss7sim.wire.ber;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * A cursor over the BER elements at one nesting level (X.690 §8.1).
 *
 * <p>{@link #next()} reads the identifier and length octets of the next element, moves past the
 * whole element and returns its tag; the value accessors ({@link #intValue()}, {@link #octets()} …)
 * then read that element. Values are views over the input, nothing is copied except for constructed
 * strings. Elements a caller does not ask about are simply stepped over.
 *
 * <pre>{@code
 * BerReader seq = BerReader.of(bytes).expectConstructed(BerTag.SEQUENCE, "Invoke").enter();
 * seq.expect(BerTag.INTEGER, "invokeID");
 * int invokeId = seq.intValue();
 * }</pre>
 *
 * <p>Indefinite lengths (§8.1.3.6) are accepted on constructed elements: the matching
 * end-of-contents octets are found when the element is read, and the element then looks like any
 * other (its {@link #value()} excludes the end-of-contents). Errors are {@link
 * MalformedMessageException}s with the offset from the start of the outermost input and what was
 * expected. Nesting is limited to {@value #MAX_DEPTH} levels.
 */
public final class BerReader {
  /** Deepest nesting accepted. */
  public static final int MAX_DEPTH = 40;

  private static final String SPEC = "X.690 §8.1";

  private final Octets data;
  private final int base;
  private final int end;
  private final int depth;
  private int pos;

  private int tag = -1;
  private int headerStart;
  private int valueStart;
  private int valueEnd;
  private boolean indefinite;

  private BerReader(Octets data, int base, int start, int end, int depth) {
    this.data = data;
    this.base = base;
    this.pos = start;
    this.end = end;
    this.depth = depth;
  }

  /** A reader over all of {@code data}; offsets in errors count from its first octet. */
  public static BerReader of(Octets data) {
    return new BerReader(data, 0, 0, data.length(), 0);
  }

  /** A reader over {@code data} that sits {@code baseOffset} octets into a larger message. */
  public static BerReader of(Octets data, int baseOffset) {
    return new BerReader(data, baseOffset, 0, data.length(), 0);
  }

  /** Whether another element follows at this level. */
  public boolean hasNext() {
    return pos < end;
  }

  /** Offset (from the start of the input) of the next element, or of the end of this level. */
  public int position() {
    return base + pos;
  }

  /** Reads the next element's header and moves past the element; returns its tag. */
  public int next() throws MalformedMessageException {
    if (pos >= end) {
      throw new MalformedMessageException(
          "expected another element, found the end", base + pos, SPEC);
    }
    int p = pos;
    headerStart = p;
    int first = data.get(p++);
    int t;
    if ((first & 0x1f) != 0x1f) {
      t = first;
    } else {
      int number = 0;
      int c;
      int count = 0;
      do {
        if (p >= end) {
          throw new MalformedMessageException(
              "tag number runs past the end", base + p, "X.690 §8.1.2.4");
        }
        c = data.get(p++);
        if (count++ == 0 && c == 0x80) {
          throw new MalformedMessageException(
              "tag number has a leading zero group", base + p - 1, "X.690 §8.1.2.4.2");
        }
        number = (number << 7) | (c & 0x7f);
        if (number > BerTag.MAX_NUMBER) {
          throw new MalformedMessageException(
              "tag number too large", base + p - 1, "X.690 §8.1.2.4");
        }
      } while ((c & 0x80) != 0);
      t = (first << 24) | number;
    }
    if (p >= end) {
      throw new MalformedMessageException("length octets missing", base + p, "X.690 §8.1.3");
    }
    int l = data.get(p++);
    if (l < 0x80) {
      indefinite = false;
      valueStart = p;
      valueEnd = p + l;
    } else if (l == 0x80) {
      if ((first & BerTag.CONSTRUCTED_BIT) == 0) {
        throw new MalformedMessageException(
            "indefinite length on a primitive element", base + p - 1, "X.690 §8.1.3.2");
      }
      if (depth >= MAX_DEPTH) {
        throw new MalformedMessageException("nested too deeply", base + headerStart, SPEC);
      }
      indefinite = true;
      valueStart = p;
      valueEnd = endOfContents(p, depth + 1);
      tag = t;
      pos = valueEnd + 2;
      return t;
    } else {
      int n = l & 0x7f;
      if (n > 4 || n == 0x7f) {
        throw new MalformedMessageException(
            "length of " + n + " octets is too long", base + p - 1, "X.690 §8.1.3.5");
      }
      if (p + n > end) {
        throw new MalformedMessageException(
            "length octets run past the end", base + p, "X.690 §8.1.3.5");
      }
      long len = 0;
      for (int i = 0; i < n; i++) {
        len = (len << 8) | data.get(p++);
      }
      if (len > end - p) {
        throw new MalformedMessageException(
            "length " + len + " runs past the end (" + (end - p) + " octets remain)",
            base + headerStart,
            SPEC);
      }
      indefinite = false;
      valueStart = p;
      valueEnd = p + (int) len;
    }
    if (valueEnd > end) {
      throw new MalformedMessageException(
          "length "
              + (valueEnd - valueStart)
              + " runs past the end ("
              + (end - valueStart)
              + " octets remain)",
          base + headerStart,
          SPEC);
    }
    tag = t;
    pos = valueEnd;
    return t;
  }

  /** Finds the end-of-contents octets closing an indefinite element whose contents start at p. */
  private int endOfContents(int p, int level) throws MalformedMessageException {
    while (true) {
      if (p + 2 > end) {
        throw new MalformedMessageException(
            "end-of-contents octets missing", base + p, "X.690 §8.1.5");
      }
      if (data.get(p) == 0 && data.get(p + 1) == 0) {
        return p;
      }
      p = skipElement(p, level);
    }
  }

  private int skipElement(int p, int level) throws MalformedMessageException {
    int first = data.get(p++);
    if ((first & 0x1f) == 0x1f) {
      int c;
      do {
        if (p >= end) {
          throw new MalformedMessageException(
              "tag number runs past the end", base + p, "X.690 §8.1.2.4");
        }
        c = data.get(p++);
      } while ((c & 0x80) != 0);
    }
    if (p >= end) {
      throw new MalformedMessageException("length octets missing", base + p, "X.690 §8.1.3");
    }
    int l = data.get(p++);
    if (l < 0x80) {
      if (l > end - p) {
        throw new MalformedMessageException(
            "length " + l + " runs past the end", base + p - 1, SPEC);
      }
      return p + l;
    }
    if (l == 0x80) {
      if ((first & BerTag.CONSTRUCTED_BIT) == 0) {
        throw new MalformedMessageException(
            "indefinite length on a primitive element", base + p - 1, "X.690 §8.1.3.2");
      }
      if (level >= MAX_DEPTH) {
        throw new MalformedMessageException("nested too deeply", base + p, SPEC);
      }
      return endOfContents(p, level + 1) + 2;
    }
    int n = l & 0x7f;
    if (n > 4 || p + n > end) {
      throw new MalformedMessageException("bad long-form length", base + p - 1, "X.690 §8.1.3.5");
    }
    long len = 0;
    for (int i = 0; i < n; i++) {
      len = (len << 8) | data.get(p++);
    }
    if (len > end - p) {
      throw new MalformedMessageException("length " + len + " runs past the end", base + p, SPEC);
    }
    return p + (int) len;
  }

  /** The tag of the next element without moving, or -1 at the end of this level. */
  public int peekTag() throws MalformedMessageException {
    if (pos >= end) {
      return -1;
    }
    int first = data.get(pos);
    if ((first & 0x1f) != 0x1f) {
      return first;
    }
    int p = pos + 1;
    int number = 0;
    int c;
    do {
      if (p >= end) {
        throw new MalformedMessageException(
            "tag number runs past the end", base + p, "X.690 §8.1.2.4");
      }
      c = data.get(p++);
      number = (number << 7) | (c & 0x7f);
    } while ((c & 0x80) != 0 && number <= BerTag.MAX_NUMBER);
    return (first << 24) | (number & BerTag.MAX_NUMBER);
  }

  /** Reads the next element and checks its tag. */
  public BerReader expect(int expectedTag, String what) throws MalformedMessageException {
    if (pos >= end) {
      throw new MalformedMessageException(
          "expected " + what + " " + BerTag.toString(expectedTag) + ", found the end",
          base + pos,
          SPEC);
    }
    int t = next();
    if (t != expectedTag) {
      throw new MalformedMessageException(
          "expected " + what + " " + BerTag.toString(expectedTag) + ", found " + BerTag.toString(t),
          base + headerStart,
          SPEC);
    }
    return this;
  }

  /** If the next element has {@code candidateTag}, reads it and returns true. */
  public boolean nextIf(int candidateTag) throws MalformedMessageException {
    if (pos < end && peekTag() == candidateTag) {
      next();
      return true;
    }
    return false;
  }

  /** Throws unless every element at this level has been read. */
  public void requireEnd(String what) throws MalformedMessageException {
    if (pos < end) {
      throw new MalformedMessageException(
          "unexpected " + BerTag.toString(peekTag()) + " after the end of " + what,
          base + pos,
          SPEC);
    }
  }

  // ---- the current element ----

  /** Tag of the element last read by {@link #next()}. */
  public int tag() {
    return tag;
  }

  public boolean isConstructed() {
    return BerTag.isConstructed(tag);
  }

  /** Whether the element used the indefinite length form. */
  public boolean isIndefinite() {
    return indefinite;
  }

  /** Length of the contents octets (without any end-of-contents octets). */
  public int length() {
    return valueEnd - valueStart;
  }

  /** Offset of the current element's first identifier octet from the start of the input. */
  public int offset() {
    return base + headerStart;
  }

  /** Offset of the current element's contents from the start of the input. */
  public int valueOffset() {
    return base + valueStart;
  }

  /** The contents octets, as a view. */
  public Octets value() {
    return data.slice(valueStart, valueEnd);
  }

  /** The whole element (identifier, length, contents, end-of-contents), as a view. */
  public Octets element() {
    return data.slice(headerStart, indefinite ? valueEnd + 2 : valueEnd);
  }

  /** A reader over the elements inside the current (constructed) element. */
  public BerReader enter() throws MalformedMessageException {
    if (!isConstructed()) {
      throw error("expected a constructed element");
    }
    if (depth >= MAX_DEPTH) {
      throw error("nested too deeply");
    }
    return new BerReader(data, base, valueStart, valueEnd, depth + 1);
  }

  /** A {@link MalformedMessageException} at the current element. */
  public MalformedMessageException error(String reason) {
    return new MalformedMessageException(
        reason + " in " + BerTag.toString(tag), base + headerStart, SPEC);
  }

  private void requirePrimitive(String type) throws MalformedMessageException {
    if (isConstructed()) {
      throw new MalformedMessageException(
          type + " must be primitive", base + headerStart, "X.690 §8");
    }
  }

  /** BOOLEAN contents (§8.2): one octet, zero is false. */
  public boolean booleanValue() throws MalformedMessageException {
    requirePrimitive("BOOLEAN");
    if (length() != 1) {
      throw new MalformedMessageException(
          "BOOLEAN needs 1 octet, has " + length(), base + headerStart, "X.690 §8.2.1");
    }
    return data.get(valueStart) != 0;
  }

  /** INTEGER or ENUMERATED contents (§8.3) that fit in a {@code long}. */
  public long longValue() throws MalformedMessageException {
    requirePrimitive("INTEGER");
    int n = length();
    if (n < 1 || n > 8) {
      throw new MalformedMessageException(
          "INTEGER of " + n + " octets (1 to 8 supported)", base + headerStart, "X.690 §8.3.1");
    }
    long v = (byte) data.get(valueStart);
    for (int i = valueStart + 1; i < valueEnd; i++) {
      v = (v << 8) | data.get(i);
    }
    return v;
  }

  /** INTEGER or ENUMERATED contents that fit in an {@code int}. */
  public int intValue() throws MalformedMessageException {
    long v = longValue();
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new MalformedMessageException(
          "INTEGER " + v + " out of range", base + headerStart, "X.690 §8.3");
    }
    return (int) v;
  }

  /** NULL contents (§8.8): checks they are empty. */
  public void nullValue() throws MalformedMessageException {
    requirePrimitive("NULL");
    if (length() != 0) {
      throw new MalformedMessageException(
          "NULL with " + length() + " contents octets", base + headerStart, "X.690 §8.8.2");
    }
  }

  /** OBJECT IDENTIFIER contents (§8.19), as a view. */
  public ObjectIdentifier oid() throws MalformedMessageException {
    requirePrimitive("OBJECT IDENTIFIER");
    try {
      return new ObjectIdentifier(value());
    } catch (IllegalArgumentException e) {
      throw new MalformedMessageException(
          "malformed OBJECT IDENTIFIER " + value(), base + headerStart, "X.690 §8.19");
    }
  }

  /**
   * OCTET STRING contents (§8.7): a view for the primitive form; for the constructed form, the
   * segments joined into one copy.
   */
  public Octets octets() throws MalformedMessageException {
    if (!isConstructed()) {
      return value();
    }
    return joinSegments(enter(), false).bytes();
  }

  /** BIT STRING contents (§8.6), primitive or constructed. */
  public BitString bitString() throws MalformedMessageException {
    if (isConstructed()) {
      return joinSegments(enter(), true);
    }
    return bitStringOf(value(), base + headerStart);
  }

  private static BitString bitStringOf(Octets v, int offset) throws MalformedMessageException {
    if (v.isEmpty()) {
      throw new MalformedMessageException(
          "BIT STRING without its initial octet", offset, "X.690 §8.6.2");
    }
    int unused = v.get(0);
    if (unused > 7 || (v.length() == 1 && unused != 0)) {
      throw new MalformedMessageException(
          "BIT STRING with " + unused + " unused bits", offset, "X.690 §8.6.2.2");
    }
    return new BitString(v.slice(1), unused);
  }

  private static BitString joinSegments(BerReader inner, boolean bits)
      throws MalformedMessageException {
    Octets joined = Octets.EMPTY;
    int unused = 0;
    while (inner.hasNext()) {
      int t = inner.next();
      if (unused != 0) {
        throw inner.error("only the last BIT STRING segment may have unused bits");
      }
      if (t == (bits ? BerTag.BIT_STRING : BerTag.OCTET_STRING)) {
        if (bits) {
          BitString s = bitStringOf(inner.value(), inner.offset());
          joined = joined.concat(s.bytes());
          unused = s.unusedBits();
        } else {
          joined = joined.concat(inner.value());
        }
      } else if (t == (bits ? BerTag.BIT_STRING : BerTag.OCTET_STRING) + BerTag.CONSTRUCTED_BIT) {
        BitString s = joinSegments(inner.enter(), bits);
        joined = joined.concat(s.bytes());
        unused = s.unusedBits();
      } else {
        throw inner.error("unexpected segment of a constructed string");
      }
    }
    return new BitString(joined, unused);
  }
}
