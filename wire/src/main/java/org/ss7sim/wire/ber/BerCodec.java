package org.ss7sim.wire.ber;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Codec of one ASN.1 type of a MAP or CAP parameter. {@code decode} reads the element the reader
 * has just moved to ({@link BerReader#next()}); {@code encode} writes the whole element with the
 * given tag, so the same codec serves a type wherever it is implicitly tagged.
 */
public interface BerCodec<T> {
  T decode(BerReader element) throws MalformedMessageException;

  void encode(T value, int tag, BerWriter out);

  /** The tag the type has when it stands alone (its universal or its usual tag). */
  int defaultTag();

  /**
   * For an untagged CHOICE: whether {@code tag} is one of its alternatives. Tagged types answer
   * false and are matched by the tag of their field.
   */
  default boolean acceptsTag(int tag) {
    return false;
  }

  /**
   * The tag {@code value} is written with in a field tagged {@code fieldTag} (a CHOICE picks its
   * own).
   */
  default int tagFor(T value, int fieldTag) {
    return fieldTag;
  }

  /** Decodes one whole element from bytes; trailing bytes are an error. */
  default T decode(Octets bytes) throws MalformedMessageException {
    BerReader r = BerReader.of(bytes);
    r.next();
    T v;
    try {
      v = decode(r);
    } catch (IllegalArgumentException e) {
      throw r.error(e.getMessage());
    }
    r.requireEnd("parameter");
    return v;
  }

  /** Encodes with the default tag. */
  default Octets encode(T value) {
    WireWriter w = new WireWriter(64);
    encode(value, defaultTag(), new BerWriter(w));
    return w.toOctets();
  }
}
