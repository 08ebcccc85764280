package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Hop counter (Q.763 §3.80).
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7) so that spare and national bits survive a
 * round trip; the named fields are accessors.
 */
public record HopCounter(int bits) implements IsupParameter {
  public static final int LENGTH = 1;

  private static final HopCounter[] CACHE = new HopCounter[256];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new HopCounter(i);
    }
  }

  public HopCounter {
    IndicatorBits.checked("HopCounter", bits, LENGTH);
  }

  /** The value with these bits (shared instances: decoding allocates none). */
  public static HopCounter valueOf(int bits) {
    IndicatorBits.checked("HopCounter", bits, LENGTH);
    return CACHE[bits];
  }

  /** Decodes the 1-octet contents. */
  public static HopCounter decode(Octets content) throws MalformedMessageException {
    return valueOf(IndicatorBits.read("HopCounter", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.HOP_COUNTER;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  /** Bits EDCBA: the remaining hop count. */
  public int count() {
    return field(0, 5);
  }

  public static HopCounter of(int count) {
    return new HopCounter(count & 0x1f);
  }
}
