package org.ss7sim.isup.parameter;

import java.util.Objects;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Cause indicators (Q.763 §3.12, contents as Q.850 §2.1).
 *
 * <pre>
 *   8    7 6        5      4 3 2 1
 * | ext | coding std | spare | location |
 * | ext | recommendation                | (octet 1a, only when octet 1 ext = 0)
 * | ext | cause value                   |
 * | diagnostic(s) ...
 * </pre>
 *
 * @param codingStandard 0 ITU-T, 3 national
 * @param location 0 user, 1 private local, 2 public local, 3 transit, 4 public remote ...
 * @param recommendation octet 1a, or -1 when absent
 */
public record CauseIndicators(
    int codingStandard, int location, int recommendation, CauseValue cause, Octets diagnostics)
    implements IsupParameter {
  public static final int LOCATION_USER = 0;
  public static final int LOCATION_PUBLIC_LOCAL = 2;
  public static final int LOCATION_TRANSIT = 3;

  public CauseIndicators {
    AddressSignals.range(codingStandard, 3, "coding standard");
    AddressSignals.range(location, 15, "location");
    AddressSignals.range(recommendation + 1, 128, "recommendation");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(diagnostics, "diagnostics");
  }

  /** ITU-T coded cause from the local public network, without diagnostics. */
  public static CauseIndicators of(CauseValue cause) {
    return new CauseIndicators(0, LOCATION_PUBLIC_LOCAL, -1, cause, Octets.EMPTY);
  }

  /** ITU-T coded cause with diagnostics (e.g. the unrecognised message type for cause 97). */
  public static CauseIndicators of(CauseValue cause, Octets diagnostics) {
    return new CauseIndicators(0, LOCATION_PUBLIC_LOCAL, -1, cause, diagnostics);
  }

  public static CauseIndicators decode(Octets content) throws MalformedMessageException {
    AddressSignals.requireLength(content, 2, "cause indicators");
    int o1 = content.get(0);
    int at = 1;
    int recommendation = -1;
    if ((o1 & 0x80) == 0) {
      recommendation = content.get(at++) & 0x7f;
      AddressSignals.requireLength(content, 3, "cause indicators with octet 1a");
    }
    int o2 = content.get(at++);
    if ((o2 & 0x80) == 0) {
      throw new MalformedMessageException(
          "cause value octet without extension bit", at - 1, "Q.850 §2.1");
    }
    return new CauseIndicators(
        (o1 >>> 5) & 3, o1 & 0x0f, recommendation, new CauseValue(o2 & 0x7f), content.slice(at));
  }

  @Override
  public int code() {
    return ParameterCode.CAUSE_INDICATORS;
  }

  @Override
  public void encodeContent(WireWriter out) {
    out.writeU8((recommendation < 0 ? 0x80 : 0) | codingStandard << 5 | location);
    if (recommendation >= 0) {
      out.writeU8(0x80 | recommendation);
    }
    out.writeU8(0x80 | cause.code());
    out.writeOctets(diagnostics);
  }
}
