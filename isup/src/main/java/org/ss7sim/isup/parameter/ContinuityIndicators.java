package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Continuity indicators (Q.763 §3.18) of COT.
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7) so that spare and national bits survive a
 * round trip; the named fields are accessors.
 */
public record ContinuityIndicators(int bits) implements IsupParameter {
  public static final int LENGTH = 1;

  private static final ContinuityIndicators[] CACHE = new ContinuityIndicators[256];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new ContinuityIndicators(i);
    }
  }

  public ContinuityIndicators {
    IndicatorBits.checked("ContinuityIndicators", bits, LENGTH);
  }

  /** The value with these bits (shared instances: decoding allocates none). */
  public static ContinuityIndicators valueOf(int bits) {
    IndicatorBits.checked("ContinuityIndicators", bits, LENGTH);
    return CACHE[bits];
  }

  /** Decodes the 1-octet contents. */
  public static ContinuityIndicators decode(Octets content) throws MalformedMessageException {
    return valueOf(IndicatorBits.read("ContinuityIndicators", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.CONTINUITY_INDICATORS;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  public static final ContinuityIndicators FAILED = new ContinuityIndicators(0);
  public static final ContinuityIndicators SUCCESSFUL = new ContinuityIndicators(1);

  /** Bit A: continuity check successful. */
  public boolean successful() {
    return field(0, 1) == 1;
  }
}
