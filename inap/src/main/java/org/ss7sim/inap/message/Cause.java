package org.ss7sim.inap.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * A cause in its INAP encoding: the Q.850 cause information element contents, as the ISUP Cause
 * Indicators parameter carries them (Q.763 §3.12, Q.850 §2.2), inside an OCTET STRING (Q.1218 §6,
 * {@code Cause}).
 *
 * <pre>
 *         8     7 6        5      4 3 2 1
 *   1    ext   coding std  spare  location
 *   1a   ext   recommendation               (only when octet 1 has ext = 0)
 *   2    ext=1 cause value
 *   3..  diagnostics
 * </pre>
 *
 * @param recommendation the octet 1a value, or -1 when absent
 * @param diagnostics the diagnostic octets, possibly empty
 */
public record Cause(
    int codingStandard, int location, int recommendation, int value, Octets diagnostics) {
  public static final int UNALLOCATED_NUMBER = 1;
  public static final int NO_ROUTE_TO_DESTINATION = 3;
  public static final int NORMAL_CLEARING = 16;
  public static final int USER_BUSY = 17;
  public static final int CALL_REJECTED = 21;
  public static final int INVALID_NUMBER_FORMAT = 28;
  public static final int NO_CIRCUIT_AVAILABLE = 34;
  public static final int NETWORK_OUT_OF_ORDER = 38;
  public static final int TEMPORARY_FAILURE = 41;
  public static final int SERVICE_NOT_AVAILABLE = 63;
  public static final int RECOVERY_ON_TIMER_EXPIRY = 102;

  /** Location "public network serving the local user" (Q.850 table 1). */
  public static final int LOCATION_LOCAL_PUBLIC_NETWORK = 2;

  private static final String SPEC = "Q.850 §2.2";

  public Cause {
    java.util.Objects.requireNonNull(diagnostics, "diagnostics");
    if (codingStandard < 0 || codingStandard > 3 || location < 0 || location > 15) {
      throw new IllegalArgumentException("coding standard or location out of range");
    }
    if (recommendation < -1 || recommendation > 0x7f || value < 0 || value > 0x7f) {
      throw new IllegalArgumentException("recommendation or cause value out of range");
    }
  }

  /** An ITU-T coded cause from the public network serving the local user, no diagnostics. */
  public static Cause of(int value) {
    return new Cause(0, LOCATION_LOCAL_PUBLIC_NETWORK, -1, value, Octets.EMPTY);
  }

  /** Decodes the contents of the OCTET STRING; {@code offset} is where they start. */
  public static Cause decode(Octets v, int offset) throws MalformedMessageException {
    if (v.length() < 2) {
      throw new MalformedMessageException(
          "cause of " + v.length() + " octets (2 at least)", offset, SPEC);
    }
    int o1 = v.get(0);
    int p = 1;
    int recommendation = -1;
    if ((o1 & 0x80) == 0) {
      recommendation = v.get(p++) & 0x7f;
      if (p >= v.length()) {
        throw new MalformedMessageException("cause value missing", offset + p, SPEC);
      }
    }
    int o2 = v.get(p++);
    if ((o2 & 0x80) == 0) {
      throw new MalformedMessageException(
          "cause value octet without its extension bit", offset + p - 1, SPEC);
    }
    return new Cause((o1 >> 5) & 0x03, o1 & 0x0f, recommendation, o2 & 0x7f, v.slice(p));
  }

  /** The contents of the OCTET STRING. */
  public Octets encode() {
    int n = (recommendation < 0 ? 2 : 3) + diagnostics.length();
    byte[] out = new byte[n];
    int p = 0;
    out[p++] = (byte) ((recommendation < 0 ? 0x80 : 0) | codingStandard << 5 | location);
    if (recommendation >= 0) {
      out[p++] = (byte) (0x80 | recommendation);
    }
    out[p++] = (byte) (0x80 | value);
    diagnostics.copyTo(out, p);
    return Octets.wrap(out);
  }

  @Override
  public String toString() {
    return "Cause[" + value + " location=" + location + "]";
  }
}
