package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Information request indicators (Q.763 §3.29) of INR.
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7, octet 2 in bits 8–15) so that spare and
 * national bits survive a round trip; the named fields are accessors.
 */
public record InformationRequestIndicators(int bits) implements IsupParameter {
  public static final int LENGTH = 2;

  public InformationRequestIndicators {
    IndicatorBits.checked("InformationRequestIndicators", bits, LENGTH);
  }

  /** Decodes the 2-octet contents. */
  public static InformationRequestIndicators decode(Octets content)
      throws MalformedMessageException {
    return new InformationRequestIndicators(
        IndicatorBits.read("InformationRequestIndicators", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.INFORMATION_REQUEST_INDICATORS;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  /** Bit A: calling party address requested. */
  public boolean callingPartyAddressRequested() {
    return field(0, 1) == 1;
  }

  /** Bit B: holding requested. */
  public boolean holdingRequested() {
    return field(1, 1) == 1;
  }

  /** Bit D: calling party category requested. */
  public boolean callingPartysCategoryRequested() {
    return field(3, 1) == 1;
  }
}
