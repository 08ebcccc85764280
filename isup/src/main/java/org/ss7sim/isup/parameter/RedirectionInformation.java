package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Redirection information (Q.763 §3.45).
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7, octet 2 in bits 8–15) so that spare and
 * national bits survive a round trip; the named fields are accessors.
 */
public record RedirectionInformation(int bits) implements IsupParameter {
  public static final int LENGTH = 2;

  public RedirectionInformation {
    IndicatorBits.checked("RedirectionInformation", bits, LENGTH);
  }

  /** Decodes the 2-octet contents. */
  public static RedirectionInformation decode(Octets content) throws MalformedMessageException {
    return new RedirectionInformation(
        IndicatorBits.read("RedirectionInformation", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.REDIRECTION_INFORMATION;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  /** Bits CBA: redirecting indicator. */
  public int redirectingIndicator() {
    return field(0, 3);
  }

  /** Bits HGFE: original redirection reason. */
  public int originalRedirectionReason() {
    return field(4, 4);
  }

  /** Bits KJI: redirection counter. */
  public int redirectionCounter() {
    return field(8, 3);
  }

  /** Bits PONM: redirecting reason. */
  public int redirectingReason() {
    return field(12, 4);
  }
}
