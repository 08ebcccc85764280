package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Suspend/resume indicators (Q.763 §3.52) of SUS and RES.
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7) so that spare and national bits survive a
 * round trip; the named fields are accessors.
 */
public record SuspendResumeIndicators(int bits) implements IsupParameter {
  public static final int LENGTH = 1;

  private static final SuspendResumeIndicators[] CACHE = new SuspendResumeIndicators[256];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new SuspendResumeIndicators(i);
    }
  }

  public SuspendResumeIndicators {
    IndicatorBits.checked("SuspendResumeIndicators", bits, LENGTH);
  }

  /** The value with these bits (shared instances: decoding allocates none). */
  public static SuspendResumeIndicators valueOf(int bits) {
    IndicatorBits.checked("SuspendResumeIndicators", bits, LENGTH);
    return CACHE[bits];
  }

  /** Decodes the 1-octet contents. */
  public static SuspendResumeIndicators decode(Octets content) throws MalformedMessageException {
    return valueOf(IndicatorBits.read("SuspendResumeIndicators", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.SUSPEND_RESUME_INDICATORS;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  public static final SuspendResumeIndicators SUBSCRIBER_INITIATED = new SuspendResumeIndicators(0);
  public static final SuspendResumeIndicators NETWORK_INITIATED = new SuspendResumeIndicators(1);

  /** Bit A: network initiated (otherwise ISDN subscriber initiated). */
  public boolean networkInitiated() {
    return field(0, 1) == 1;
  }
}
