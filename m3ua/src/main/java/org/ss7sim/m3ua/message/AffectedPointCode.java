package org.ss7sim.m3ua.message;

/**
 * One entry of Affected Point Code (RFC 4666 §3.4.1), also the form of Destination Point Code and
 * the OPC list in a routing key (§3.6.1): an 8-bit mask (number of wildcarded low bits) and a
 * 24-bit point code.
 */
public record AffectedPointCode(int mask, int pointCode) {
  public AffectedPointCode {
    if (mask < 0 || mask > 0xff || pointCode < 0 || pointCode > 0xffffff) {
      throw new IllegalArgumentException(
          "affected point code out of range: " + mask + "/" + pointCode);
    }
  }

  /** An exact point code (mask 0). */
  public static AffectedPointCode of(int pointCode) {
    return new AffectedPointCode(0, pointCode);
  }

  long wire() {
    return ((long) mask << 24) | pointCode;
  }

  static AffectedPointCode fromWire(long v) {
    return new AffectedPointCode((int) (v >>> 24) & 0xff, (int) (v & 0xffffff));
  }
}
