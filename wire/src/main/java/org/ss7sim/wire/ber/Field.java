package org.ss7sim.wire.ber;

/**
 * One modelled component of a SEQUENCE: its ASN.1 name, its tag ({@code -1} for an untagged CHOICE,
 * matched by the codec's {@link BerCodec#acceptsTag}), its codec and whether it is mandatory.
 */
public record Field<T>(String name, int tag, BerCodec<T> codec, boolean mandatory) {
  public static <T> Field<T> mandatory(String name, int tag, BerCodec<T> codec) {
    return new Field<>(name, tag, codec, true);
  }

  public static <T> Field<T> optional(String name, int tag, BerCodec<T> codec) {
    return new Field<>(name, tag, codec, false);
  }

  /** A {@code NULL} flag: present or absent. */
  public static Field<Boolean> flag(String name, int tag) {
    return new Field<>(name, tag, Codecs.FLAG, false);
  }

  boolean matches(int elementTag) {
    return tag == -1 ? codec.acceptsTag(elementTag) : tag == elementTag;
  }
}
