package org.ss7sim.wire.ber;

/**
 * BER tags (X.690 §8.1.2) as plain {@code int}s, so that codecs can {@code switch} over them.
 *
 * <p>A tag with a number below 31 is its single identifier octet: {@code 0x30} is a universal
 * constructed SEQUENCE, {@code 0xa1} is {@code [1]} constructed, {@code 0x9f} never occurs. A tag
 * with a number of 31 or more is {@code (firstIdentifierOctet << 24) | number}, where the first
 * octet has its low five bits set; numbers are limited to 24 bits.
 *
 * <pre>
 *   identifier octet:  8 7 | 6 | 5 4 3 2 1
 *                     class| C | number (11111 = high tag number follows)
 * </pre>
 */
public final class BerTag {
  public static final int CLASS_UNIVERSAL = 0x00;
  public static final int CLASS_APPLICATION = 0x40;
  public static final int CLASS_CONTEXT = 0x80;
  public static final int CLASS_PRIVATE = 0xc0;
  static final int CONSTRUCTED_BIT = 0x20;
  static final int MAX_NUMBER = 0xffffff;

  public static final int BOOLEAN = 0x01;
  public static final int INTEGER = 0x02;
  public static final int BIT_STRING = 0x03;
  public static final int OCTET_STRING = 0x04;
  public static final int NULL = 0x05;
  public static final int OBJECT_IDENTIFIER = 0x06;

  /** EXTERNAL is always constructed. */
  public static final int EXTERNAL = 0x28;

  public static final int ENUMERATED = 0x0a;
  public static final int SEQUENCE = 0x30;
  public static final int SET = 0x31;

  private BerTag() {}

  /** The tag of the given class ({@code CLASS_*}), form and number. */
  public static int of(int tagClass, boolean constructed, int number) {
    if ((tagClass & ~0xc0) != 0) {
      throw new IllegalArgumentException("not a tag class: " + tagClass);
    }
    if (number < 0 || number > MAX_NUMBER) {
      throw new IllegalArgumentException("tag number out of range: " + number);
    }
    int first = tagClass | (constructed ? CONSTRUCTED_BIT : 0);
    return number < 31 ? first | number : ((first | 0x1f) << 24) | number;
  }

  /** {@code [n] IMPLICIT} of a primitive type. */
  public static int context(int number) {
    return of(CLASS_CONTEXT, false, number);
  }

  /** {@code [n]} of a constructed type, or any explicitly tagged value. */
  public static int contextConstructed(int number) {
    return of(CLASS_CONTEXT, true, number);
  }

  public static int application(int number) {
    return of(CLASS_APPLICATION, false, number);
  }

  public static int applicationConstructed(int number) {
    return of(CLASS_APPLICATION, true, number);
  }

  public static int privateTag(int number) {
    return of(CLASS_PRIVATE, false, number);
  }

  public static int privateConstructed(int number) {
    return of(CLASS_PRIVATE, true, number);
  }

  static int firstOctet(int tag) {
    return (tag & 0xffffff00) == 0 ? tag : tag >>> 24;
  }

  /** One of the {@code CLASS_*} constants. */
  public static int tagClass(int tag) {
    return firstOctet(tag) & 0xc0;
  }

  public static boolean isConstructed(int tag) {
    return (firstOctet(tag) & CONSTRUCTED_BIT) != 0;
  }

  public static int number(int tag) {
    return (tag & 0xffffff00) == 0 ? tag & 0x1f : tag & MAX_NUMBER;
  }

  /** The same tag in the constructed form (for constructed string encodings). */
  public static int asConstructed(int tag) {
    return of(tagClass(tag), true, number(tag));
  }

  /** Number of identifier octets the tag takes on the wire. */
  public static int encodedLength(int tag) {
    int number = number(tag);
    if (number < 31) {
      return 1;
    }
    int n = 2;
    for (int v = number >>> 7; v != 0; v >>>= 7) {
      n++;
    }
    return n;
  }

  /** Readable form for diagnostics, e.g. {@code [CONTEXT 1] constructed (a1)}. */
  public static String toString(int tag) {
    String cls =
        switch (tagClass(tag)) {
          case CLASS_UNIVERSAL -> "UNIVERSAL";
          case CLASS_APPLICATION -> "APPLICATION";
          case CLASS_CONTEXT -> "CONTEXT";
          default -> "PRIVATE";
        };
    return "["
        + cls
        + " "
        + number(tag)
        + "]"
        + (isConstructed(tag) ? " constructed" : "")
        + " ("
        + Integer.toHexString(tag)
        + ")";
  }
}
