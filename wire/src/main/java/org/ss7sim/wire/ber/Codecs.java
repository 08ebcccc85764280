package org.ss7sim.wire.ber;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/** Codecs of the ASN.1 basic types as MAP and CAP use them, and of a few common constructions. */
public final class Codecs {
  private Codecs() {}

  /** Reads one element's value (the reader is on it). */
  @FunctionalInterface
  public interface Reading<T> {
    T read(BerReader element) throws MalformedMessageException;
  }

  /** Writes a whole element with the tag given. */
  @FunctionalInterface
  public interface Writing<T> {
    void write(BerWriter out, int tag, T value);
  }

  /** A codec of a type with a fixed default tag, from how it is read and written. */
  public static <T> BerCodec<T> of(int defaultTag, Reading<T> reading, Writing<T> writing) {
    return new BerCodec<>() {
      @Override
      public T decode(BerReader r) throws MalformedMessageException {
        return reading.read(r);
      }

      @Override
      public void encode(T v, int tag, BerWriter out) {
        writing.write(out, tag, v);
      }

      @Override
      public int defaultTag() {
        return defaultTag;
      }
    };
  }

  /** NULL used as a flag: decodes to TRUE; FALSE is not written at all. */
  public static final BerCodec<Boolean> FLAG =
      of(
          BerTag.NULL,
          r -> {
            r.nullValue();
            return Boolean.TRUE;
          },
          (out, tag, v) -> out.nullValue(tag));

  /** INTEGER or ENUMERATED (the tag tells which). */
  public static final BerCodec<Integer> INTEGER =
      of(BerTag.INTEGER, BerReader::intValue, (out, tag, v) -> out.integer(tag, v));

  /**
   * BOOLEAN, kept with its contents octet: X.690 allows any non-zero value for TRUE and senders
   * differ (0x01, 0xFF), so the octet is re-encoded as it came.
   */
  public static final BerCodec<Octets> BOOLEAN_OCTET =
      of(
          BerTag.BOOLEAN,
          r -> {
            r.booleanValue();
            return r.value();
          },
          (out, tag, v) -> out.octetString(tag, v));

  /** BOOLEAN; TRUE is written as 0xFF. */
  public static final BerCodec<Boolean> BOOLEAN =
      of(BerTag.BOOLEAN, BerReader::booleanValue, (out, tag, v) -> out.bool(tag, v));

  /** BIT STRING. */
  public static final BerCodec<BitString> BITS =
      of(BerTag.BIT_STRING, BerReader::bitString, (out, tag, v) -> out.bitString(tag, v));

  /** OBJECT IDENTIFIER. */
  public static final BerCodec<ObjectIdentifier> OID =
      of(BerTag.OBJECT_IDENTIFIER, BerReader::oid, (out, tag, v) -> out.oid(tag, v));

  /** OCTET STRING of any size. */
  public static final BerCodec<Octets> OCTETS = octets(0, Integer.MAX_VALUE);

  /** OCTET STRING (SIZE (min..max)). */
  public static BerCodec<Octets> octets(int min, int max) {
    return of(
        BerTag.OCTET_STRING,
        r -> {
          Octets v = r.octets();
          if (v.length() < min || v.length() > max) {
            throw r.error(
                "OCTET STRING of " + v.length() + " octets (" + min + ".." + max + " allowed)");
          }
          return v;
        },
        (out, tag, v) -> out.octetString(tag, v));
  }

  /** An explicitly tagged value {@code [n] Type} (a CHOICE under a tag is always explicit). */
  public static <T> BerCodec<T> explicit(BerCodec<T> inner) {
    return new BerCodec<>() {
      @Override
      public T decode(BerReader r) throws MalformedMessageException {
        if (!r.isConstructed()) {
          throw r.error("explicit tag must be constructed");
        }
        BerReader in = r.enter();
        in.next();
        T v;
        try {
          v = inner.decode(in);
        } catch (IllegalArgumentException e) {
          throw in.error(e.getMessage());
        }
        in.requireEnd("explicitly tagged value");
        return v;
      }

      @Override
      public void encode(T v, int tag, BerWriter out) {
        int m = out.start(tag);
        inner.encode(v, inner.tagFor(v, inner.defaultTag()), out);
        out.end(m);
      }

      @Override
      public int defaultTag() {
        return BerTag.SEQUENCE;
      }
    };
  }

  /**
   * SEQUENCE OF {@code inner} (each element with the inner type's own tag), at most {@code max}.
   */
  public static <T> BerCodec<java.util.List<T>> sequenceOf(BerCodec<T> inner, int max) {
    return new BerCodec<>() {
      @Override
      public java.util.List<T> decode(BerReader r) throws MalformedMessageException {
        if (!r.isConstructed()) {
          throw r.error("SEQUENCE OF must be constructed");
        }
        BerReader in = r.enter();
        java.util.List<T> out = new java.util.ArrayList<>();
        while (in.hasNext()) {
          in.next();
          if (out.size() == max) {
            throw in.error("more than " + max + " elements");
          }
          try {
            out.add(inner.decode(in));
          } catch (IllegalArgumentException e) {
            throw in.error(e.getMessage());
          }
        }
        return java.util.List.copyOf(out);
      }

      @Override
      public void encode(java.util.List<T> v, int tag, BerWriter out) {
        int m = out.start(tag);
        for (T e : v) {
          inner.encode(e, inner.tagFor(e, inner.defaultTag()), out);
        }
        out.end(m);
      }

      @Override
      public int defaultTag() {
        return BerTag.SEQUENCE;
      }
    };
  }

  /**
   * An ENUMERATED type mapped to a Java enum: {@code of} answers null for a value the type does not
   * define, which is a {@link MalformedMessageException} (the receiver answers unexpectedDataValue
   * or mistypedParameter).
   */
  public static <E> BerCodec<E> enumerated(
      String name, java.util.function.IntFunction<E> of, java.util.function.ToIntFunction<E> code) {
    return of(
        BerTag.ENUMERATED,
        r -> {
          long v = r.longValue();
          E e = v < 0 || v > Integer.MAX_VALUE ? null : of.apply((int) v);
          if (e == null) {
            throw r.error(name + " " + v + " is not defined");
          }
          return e;
        },
        (out, tag, v) -> out.integer(tag, code.applyAsInt(v)));
  }

  /** OCTET STRING (SIZE (1)) read as its one octet, 0..255. */
  public static final BerCodec<Integer> OCTET =
      of(
          BerTag.OCTET_STRING,
          r -> {
            Octets v = r.octets();
            if (v.length() != 1) {
              throw r.error("OCTET STRING (SIZE (1)) of " + v.length() + " octets");
            }
            return v.get(0);
          },
          (out, tag, v) -> out.octetString(tag, Octets.ofUnsigned(v)));

  /**
   * An OCTET STRING whose contents are one BER element of {@code inner} (CAP's {@code OCTET STRING
   * (SIZE (min..max)) -- containing CAMEL-...} types, TS 29.078 §5.1). The contents must be exactly
   * that element; its tag must be the inner type's own (a CHOICE: one of its alternatives).
   */
  public static <T> BerCodec<T> containing(BerCodec<T> inner, int min, int max) {
    return new BerCodec<>() {
      @Override
      public T decode(BerReader r) throws MalformedMessageException {
        Octets v = r.octets();
        if (v.length() < min || v.length() > max) {
          throw r.error(
              "OCTET STRING of " + v.length() + " octets (" + min + ".." + max + " allowed)");
        }
        BerReader in = BerReader.of(v, r.valueOffset());
        int t = in.next();
        if (t != inner.defaultTag() && !inner.acceptsTag(t)) {
          throw in.error("unexpected contained type");
        }
        T value;
        try {
          value = inner.decode(in);
        } catch (IllegalArgumentException e) {
          throw in.error(e.getMessage());
        }
        in.requireEnd("contained value");
        return value;
      }

      @Override
      public void encode(T v, int tag, BerWriter out) {
        org.ss7sim.wire.WireWriter w = new org.ss7sim.wire.WireWriter(32);
        inner.encode(v, inner.tagFor(v, inner.defaultTag()), new BerWriter(w));
        out.octetString(tag, w.toOctets());
      }

      @Override
      public int defaultTag() {
        return BerTag.OCTET_STRING;
      }
    };
  }

  /** INTEGER restricted to {@code min..max} (a constraint of the ASN.1 type). */
  public static BerCodec<Integer> integer(long min, long max) {
    return of(
        BerTag.INTEGER,
        r -> {
          long v = r.longValue();
          if (v < min || v > max) {
            throw r.error("INTEGER " + v + " outside " + min + ".." + max);
          }
          return (int) v;
        },
        (out, tag, v) -> out.integer(tag, v));
  }

  /** The TRUE octet a new BOOLEAN is written with. */
  public static final Octets TRUE = Octets.ofUnsigned(0xff);

  public static final Octets FALSE = Octets.ofUnsigned(0x00);
}
