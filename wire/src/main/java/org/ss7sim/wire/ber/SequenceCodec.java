package org.ss7sim.wire.ber;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ss7sim.wire.MalformedMessageException;

/**
 * A SEQUENCE codec driven by a field table: the modelled components ({@link Field}s, in ASN.1
 * order), the tags of all components in ASN.1 order (so unmodelled ones go back to their place),
 * and two functions between the record and its component values.
 *
 * <p>Decoding: each element goes to the first unfilled field that matches its tag; the others are
 * kept as {@link RawElement}s. A missing mandatory field is a {@link MalformedMessageException} (TS
 * 29.002 and TS 29.078 §14.1 answer it with a mistypedParameter reject, dataMissing or
 * missingParameter).
 */
public final class SequenceCodec<T> implements BerCodec<T> {
  /** The decoded component values, by field index, and the unmodelled elements. */
  public static final class Values {
    private final Object[] values;
    private final List<RawElement> rest;

    Values(Object[] values, List<RawElement> rest) {
      this.values = values;
      this.rest = rest;
    }

    @SuppressWarnings("unchecked")
    public <X> X get(int field) {
      return (X) values[field];
    }

    public boolean flag(int field) {
      return values[field] != null && (Boolean) values[field];
    }

    public List<RawElement> rest() {
      return rest;
    }
  }

  /** Builds the record from decoded values. */
  public interface Builder<T> {
    T build(Values v) throws MalformedMessageException;
  }

  private final String name;
  private final int defaultTag;
  private final int[] order;
  private final List<Field<?>> fields;
  private final Builder<T> build;
  private final Function<T, Object[]> parts;
  private final Function<T, List<RawElement>> rest;

  public SequenceCodec(
      String name,
      int defaultTag,
      int[] order,
      List<Field<?>> fields,
      Builder<T> build,
      Function<T, Object[]> parts,
      Function<T, List<RawElement>> rest) {
    this.name = name;
    this.defaultTag = defaultTag;
    this.order = order.clone();
    this.fields = List.copyOf(fields);
    this.build = build;
    this.parts = parts;
    this.rest = rest;
  }

  /** Tags in ASN.1 order: helper for the order array. */
  public static int[] order(int... tags) {
    return tags;
  }

  @Override
  public T decode(BerReader r) throws MalformedMessageException {
    if (!r.isConstructed()) {
      throw r.error(name + " must be a constructed SEQUENCE");
    }
    return decodeContents(r, r.enter());
  }

  /** Decodes the components found by {@code s} (the inside of {@code outer}). */
  public T decodeContents(BerReader outer, BerReader s) throws MalformedMessageException {
    Object[] values = new Object[fields.size()];
    List<RawElement> others = new ArrayList<>();
    while (s.hasNext()) {
      int tag = s.next();
      int i = match(tag, values);
      if (i < 0) {
        others.add(RawElement.of(s));
      } else {
        try {
          values[i] = fields.get(i).codec().decode(s);
        } catch (IllegalArgumentException e) {
          // a value out of its type's range (a record constructor said no)
          throw s.error(name + "." + fields.get(i).name() + ": " + e.getMessage());
        }
      }
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null && fields.get(i).mandatory()) {
        throw outer.error(name + ": mandatory " + fields.get(i).name() + " missing");
      }
    }
    try {
      return build.build(new Values(values, others));
    } catch (IllegalArgumentException e) {
      throw outer.error(name + ": " + e.getMessage());
    }
  }

  private int match(int tag, Object[] values) {
    for (int i = 0; i < fields.size(); i++) {
      if (values[i] == null && fields.get(i).matches(tag)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void encode(T v, int tag, BerWriter out) {
    int m = out.start(tag);
    encodeContents(v, out);
    out.end(m);
  }

  /** Writes the components without the SEQUENCE's own tag and length. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void encodeContents(T v, BerWriter out) {
    Object[] values = parts.apply(v);
    SequenceOut o = new SequenceOut(out, order, rest.apply(v));
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      Object value = values[i];
      if (value == null || (f.codec() == Codecs.FLAG && !((Boolean) value))) {
        continue;
      }
      int t = f.codec().tagFor(value, f.tag());
      f.codec().encode(value, t, o.before(t));
    }
    o.finish();
  }

  @Override
  public int defaultTag() {
    return defaultTag;
  }
}
