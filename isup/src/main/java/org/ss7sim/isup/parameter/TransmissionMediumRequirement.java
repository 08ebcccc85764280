package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Transmission medium requirement (Q.763 §3.54): an open set of codes.
 *
 * <p>Kept as the raw indicator bits (octet 1 in bits 0–7) so that spare and national bits survive a
 * round trip; the named fields are accessors.
 */
public record TransmissionMediumRequirement(int bits) implements IsupParameter {
  public static final int LENGTH = 1;

  private static final TransmissionMediumRequirement[] CACHE =
      new TransmissionMediumRequirement[256];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new TransmissionMediumRequirement(i);
    }
  }

  public TransmissionMediumRequirement {
    IndicatorBits.checked("TransmissionMediumRequirement", bits, LENGTH);
  }

  /** The value with these bits (shared instances: decoding allocates none). */
  public static TransmissionMediumRequirement valueOf(int bits) {
    IndicatorBits.checked("TransmissionMediumRequirement", bits, LENGTH);
    return CACHE[bits];
  }

  /** Decodes the 1-octet contents. */
  public static TransmissionMediumRequirement decode(Octets content)
      throws MalformedMessageException {
    return valueOf(IndicatorBits.read("TransmissionMediumRequirement", content, LENGTH));
  }

  @Override
  public int code() {
    return ParameterCode.TRANSMISSION_MEDIUM_REQUIREMENT;
  }

  @Override
  public void encodeContent(WireWriter out) {
    IndicatorBits.write(out, bits, LENGTH);
  }

  private int field(int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  public static final TransmissionMediumRequirement SPEECH = new TransmissionMediumRequirement(0);
  public static final TransmissionMediumRequirement UNRESTRICTED_64K =
      new TransmissionMediumRequirement(2);
  public static final TransmissionMediumRequirement AUDIO_3K1 =
      new TransmissionMediumRequirement(3);
}
