package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Information indicators (Q.763 §3.28) of INF.
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7, octet 2 in bits 8–15) so that spare and
 * national bits survive a round trip; the named fields are accessors.
 */
public record InformationIndicators(int bits) implements IsupParameter {
  public static final int LENGTH = 2;

  public InformationIndicators {
    IndicatorBits.checked("InformationIndicators", bits, LENGTH);
  }

  /** Decodes the 2-octet contents. */
  public static InformationIndicators decode(Octets content) throws MalformedMessageException {
    return new InformationIndicators(IndicatorBits.read("InformationIndicators", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.INFORMATION_INDICATORS;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  /** Bits BA: calling party address response indicator. */
  public int callingPartyAddressResponse() {
    return field(0, 2);
  }

  /** Bit C: hold provided. */
  public boolean holdProvided() {
    return field(2, 1) == 1;
  }

  /** Bit F: calling party category included. */
  public boolean callingPartysCategoryIncluded() {
    return field(5, 1) == 1;
  }
}
