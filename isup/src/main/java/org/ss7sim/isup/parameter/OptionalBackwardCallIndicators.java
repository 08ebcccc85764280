package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Optional backward call indicators (Q.763 §3.37).
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7) so that spare and national bits survive a
 * round trip; the named fields are accessors.
 */
public record OptionalBackwardCallIndicators(int bits) implements IsupParameter {
  public static final int LENGTH = 1;

  private static final OptionalBackwardCallIndicators[] CACHE =
      new OptionalBackwardCallIndicators[256];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new OptionalBackwardCallIndicators(i);
    }
  }

  public OptionalBackwardCallIndicators {
    IndicatorBits.checked("OptionalBackwardCallIndicators", bits, LENGTH);
  }

  /** The value with these bits (shared instances: decoding allocates none). */
  public static OptionalBackwardCallIndicators valueOf(int bits) {
    IndicatorBits.checked("OptionalBackwardCallIndicators", bits, LENGTH);
    return CACHE[bits];
  }

  /** Decodes the 1-octet contents. */
  public static OptionalBackwardCallIndicators decode(Octets content)
      throws MalformedMessageException {
    return valueOf(IndicatorBits.read("OptionalBackwardCallIndicators", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.OPTIONAL_BACKWARD_CALL_INDICATORS;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  /** Bit A: in-band information available. */
  public boolean inbandInformation() {
    return field(0, 1) == 1;
  }

  /** Bit B: call diversion may occur. */
  public boolean callDiversionMayOccur() {
    return field(1, 1) == 1;
  }

  /** Bit C: simple segmentation. */
  public boolean simpleSegmentation() {
    return field(2, 1) == 1;
  }

  /** Bit D: MLPP user. */
  public boolean mlppUser() {
    return field(3, 1) == 1;
  }
}
