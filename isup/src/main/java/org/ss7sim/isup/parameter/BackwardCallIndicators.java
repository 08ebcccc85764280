package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Backward call indicators (Q.763 §3.5).
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7, octet 2 in bits 8–15) so that spare and
 * national bits survive a round trip; the named fields are accessors.
 */
public record BackwardCallIndicators(int bits) implements IsupParameter {
  public static final int LENGTH = 2;

  public BackwardCallIndicators {
    IndicatorBits.checked("BackwardCallIndicators", bits, LENGTH);
  }

  /** Decodes the 2-octet contents. */
  public static BackwardCallIndicators decode(Octets content) throws MalformedMessageException {
    return new BackwardCallIndicators(
        IndicatorBits.read("BackwardCallIndicators", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.BACKWARD_CALL_INDICATORS;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  /** Bits BA: charge indicator: 0 no indication, 1 no charge, 2 charge. */
  public int charge() {
    return field(0, 2);
  }

  /** Bits DC: called party status: 0 no indication, 1 subscriber free, 2 connect when free. */
  public int calledPartyStatus() {
    return field(2, 2);
  }

  /** Bits FE: called party category: 0 no indication, 1 ordinary subscriber, 2 payphone. */
  public int calledPartyCategory() {
    return field(4, 2);
  }

  /** Bits HG: end-to-end method indicator. */
  public int endToEndMethod() {
    return field(6, 2);
  }

  /** Bit I: interworking encountered. */
  public boolean interworking() {
    return field(8, 1) == 1;
  }

  /** Bit K: ISDN user part used all the way. */
  public boolean isdnUserPartAllTheWay() {
    return field(10, 1) == 1;
  }

  /** Bit M: terminating access ISDN. */
  public boolean isdnAccess() {
    return field(12, 1) == 1;
  }

  /** Bit N: echo control device included. */
  public boolean echoControlDevice() {
    return field(13, 1) == 1;
  }

  /** Bits PO: SCCP method indicator. */
  public int sccpMethod() {
    return field(14, 2);
  }

  public static BackwardCallIndicators of(
      int charge, int calledPartyStatus, int calledPartyCategory, boolean isupAllTheWay) {
    return new BackwardCallIndicators(
        (charge & 3)
            | (calledPartyStatus & 3) << 2
            | (calledPartyCategory & 3) << 4
            | (isupAllTheWay ? 1 << 10 : 0));
  }
}
