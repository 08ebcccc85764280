package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Optional forward call indicators (Q.763 §3.38).
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7) so that spare and national bits survive a
 * round trip; the named fields are accessors.
 */
public record OptionalForwardCallIndicators(int bits) implements IsupParameter {
  public static final int LENGTH = 1;

  private static final OptionalForwardCallIndicators[] CACHE =
      new OptionalForwardCallIndicators[256];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new OptionalForwardCallIndicators(i);
    }
  }

  public OptionalForwardCallIndicators {
    IndicatorBits.checked("OptionalForwardCallIndicators", bits, LENGTH);
  }

  /** The value with these bits (shared instances: decoding allocates none). */
  public static OptionalForwardCallIndicators valueOf(int bits) {
    IndicatorBits.checked("OptionalForwardCallIndicators", bits, LENGTH);
    return CACHE[bits];
  }

  /** Decodes the 1-octet contents. */
  public static OptionalForwardCallIndicators decode(Octets content)
      throws MalformedMessageException {
    return valueOf(IndicatorBits.read("OptionalForwardCallIndicators", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.OPTIONAL_FORWARD_CALL_INDICATORS;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  /** Bits BA: closed user group call indicator. */
  public int closedUserGroupCall() {
    return field(0, 2);
  }

  /** Bit C: simple segmentation indicator. */
  public boolean simpleSegmentation() {
    return field(2, 1) == 1;
  }

  /** Bit H: connected line identity requested. */
  public boolean connectedLineIdentityRequested() {
    return field(7, 1) == 1;
  }
}
