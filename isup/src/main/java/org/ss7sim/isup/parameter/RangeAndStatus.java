package org.ss7sim.isup.parameter;

import java.util.Objects;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Range and status (Q.763 §3.43). The range octet says how many circuits follow the message's CIC
 * (range + 1 circuits in all); the status field, absent in GRS and CQM, holds one bit per circuit,
 * bit 1 of the first octet for the message's own CIC.
 */
public record RangeAndStatus(int range, Octets status) implements IsupParameter {
  public RangeAndStatus {
    AddressSignals.range(range, 0xff, "range");
    Objects.requireNonNull(status, "status");
    if (!status.isEmpty() && status.length() != statusLength(range)) {
      throw new IllegalArgumentException(
          "status of " + status.length() + " octets does not match range " + range);
    }
  }

  /** Range only (GRS, CQM). */
  public static RangeAndStatus rangeOnly(int range) {
    return new RangeAndStatus(range, Octets.EMPTY);
  }

  /** Range with status bits: {@code bits[i]} for CIC + i. */
  public static RangeAndStatus of(boolean[] bits) {
    if (bits.length < 1 || bits.length > 256) {
      throw new IllegalArgumentException("range needs 1 to 256 circuits");
    }
    byte[] status = new byte[statusLength(bits.length - 1)];
    for (int i = 0; i < bits.length; i++) {
      if (bits[i]) {
        status[i >> 3] |= (byte) (1 << (i & 7));
      }
    }
    return new RangeAndStatus(bits.length - 1, Octets.wrap(status));
  }

  /** Octets of status for {@code range}. */
  public static int statusLength(int range) {
    return (range + 1 + 7) / 8;
  }

  /** Number of circuits the message covers. */
  public int circuits() {
    return range + 1;
  }

  /** Status bit of CIC + {@code index}; false when there is no status field. */
  public boolean status(int index) {
    if (status.isEmpty()) {
      return false;
    }
    return (status.get(index >> 3) >>> (index & 7) & 1) == 1;
  }

  public static RangeAndStatus decode(Octets content) throws MalformedMessageException {
    AddressSignals.requireLength(content, 1, "range and status");
    int range = content.get(0);
    if (content.length() > 1 && content.length() - 1 != statusLength(range)) {
      throw new MalformedMessageException(
          "status of " + (content.length() - 1) + " octets for range " + range, 1, "Q.763 §3.43");
    }
    return new RangeAndStatus(range, content.slice(1));
  }

  @Override
  public int code() {
    return ParameterCode.RANGE_AND_STATUS;
  }

  @Override
  public void encodeContent(WireWriter out) {
    out.writeU8(range);
    out.writeOctets(status);
  }
}
