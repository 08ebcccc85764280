package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Forward call indicators (Q.763 §3.23).
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7, octet 2 in bits 8–15) so that spare and
 * national bits survive a round trip; the named fields are accessors.
 */
public record ForwardCallIndicators(int bits) implements IsupParameter {
  public static final int LENGTH = 2;

  public ForwardCallIndicators {
    IndicatorBits.checked("ForwardCallIndicators", bits, LENGTH);
  }

  /** Decodes the 2-octet contents. */
  public static ForwardCallIndicators decode(Octets content) throws MalformedMessageException {
    return new ForwardCallIndicators(IndicatorBits.read("ForwardCallIndicators", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.FORWARD_CALL_INDICATORS;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  /** Bit A: 0 national call, 1 international call. */
  public boolean international() {
    return field(0, 1) == 1;
  }

  /** Bits CB: end-to-end method indicator. */
  public int endToEndMethod() {
    return field(1, 2);
  }

  /** Bit D: interworking encountered. */
  public boolean interworking() {
    return field(3, 1) == 1;
  }

  /** Bit E: end-to-end information available. */
  public boolean endToEndInformation() {
    return field(4, 1) == 1;
  }

  /** Bit F: ISDN user part used all the way. */
  public boolean isdnUserPartAllTheWay() {
    return field(5, 1) == 1;
  }

  /** Bits HG: ISDN user part preference: 0 preferred, 1 not required, 2 required. */
  public int isdnUserPartPreference() {
    return field(6, 2);
  }

  /** Bit I: originating access ISDN. */
  public boolean isdnAccess() {
    return field(8, 1) == 1;
  }

  /** Bits KJ: SCCP method indicator. */
  public int sccpMethod() {
    return field(9, 2);
  }

  /** Bits M–P of octet 2 (national use). */
  public int nationalUse() {
    return field(12, 4);
  }

  public static ForwardCallIndicators of(
      boolean international, boolean isupAllTheWay, int isupPreference, boolean isdnAccess) {
    return new ForwardCallIndicators(
        (international ? 1 : 0)
            | (isupAllTheWay ? 1 << 5 : 0)
            | (isupPreference & 3) << 6
            | (isdnAccess ? 1 << 8 : 0));
  }
}
