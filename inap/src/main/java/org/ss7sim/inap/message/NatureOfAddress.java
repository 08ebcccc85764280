package org.ss7sim.inap.message;

/**
 * Nature of address indicator of an ISUP-format number (Q.763 §3.9 a, §3.10 a): 7 bits, an open
 * code set (national-specific values 112–126 are kept as they come).
 */
public record NatureOfAddress(int code) {
  public static final NatureOfAddress SUBSCRIBER = new NatureOfAddress(1);
  public static final NatureOfAddress UNKNOWN = new NatureOfAddress(2);
  public static final NatureOfAddress NATIONAL = new NatureOfAddress(3);
  public static final NatureOfAddress INTERNATIONAL = new NatureOfAddress(4);
  public static final NatureOfAddress NETWORK_SPECIFIC = new NatureOfAddress(5);

  public NatureOfAddress {
    if (code < 0 || code > 0x7f) {
      throw new IllegalArgumentException("nature of address out of range: " + code);
    }
  }

  public static NatureOfAddress of(int code) {
    return switch (code) {
      case 1 -> SUBSCRIBER;
      case 2 -> UNKNOWN;
      case 3 -> NATIONAL;
      case 4 -> INTERNATIONAL;
      default -> new NatureOfAddress(code);
    };
  }
}
