package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Facility indicator (Q.763 §3.22) of FAR, FAA and FRJ.
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7) so that spare and national bits survive a
 * round trip; the named fields are accessors.
 */
public record FacilityIndicator(int bits) implements IsupParameter {
  public static final int LENGTH = 1;

  private static final FacilityIndicator[] CACHE = new FacilityIndicator[256];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new FacilityIndicator(i);
    }
  }

  public FacilityIndicator {
    IndicatorBits.checked("FacilityIndicator", bits, LENGTH);
  }

  /** The value with these bits (shared instances: decoding allocates none). */
  public static FacilityIndicator valueOf(int bits) {
    IndicatorBits.checked("FacilityIndicator", bits, LENGTH);
    return CACHE[bits];
  }

  /** Decodes the 1-octet contents. */
  public static FacilityIndicator decode(Octets content) throws MalformedMessageException {
    return valueOf(IndicatorBits.read("FacilityIndicator", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.FACILITY_INDICATOR;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  /** The facility code (e.g. 2 user-to-user service). */
  public int facility() {
    return bits;
  }
}
