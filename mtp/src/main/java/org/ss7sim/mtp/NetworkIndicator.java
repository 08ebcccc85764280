package org.ss7sim.mtp;

/** The 2-bit network indicator of the service information octet (Q.704 §14.2.2). */
public enum NetworkIndicator {
  INTERNATIONAL(0),
  INTERNATIONAL_SPARE(1),
  NATIONAL(2),
  NATIONAL_SPARE(3);

  private final int code;

  NetworkIndicator(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static NetworkIndicator fromCode(int code) {
    return switch (code) {
      case 0 -> INTERNATIONAL;
      case 1 -> INTERNATIONAL_SPARE;
      case 2 -> NATIONAL;
      case 3 -> NATIONAL_SPARE;
      default -> throw new IllegalArgumentException("network indicator out of range: " + code);
    };
  }
}
