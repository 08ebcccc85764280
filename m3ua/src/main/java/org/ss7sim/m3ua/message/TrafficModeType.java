package org.ss7sim.m3ua.message;

/** Traffic Mode Type (RFC 4666 §3.8.2 / §3.3.1.3): an open value keeping unknown codes. */
public record TrafficModeType(long code) {
  public static final TrafficModeType OVERRIDE = new TrafficModeType(1);
  public static final TrafficModeType LOADSHARE = new TrafficModeType(2);
  public static final TrafficModeType BROADCAST = new TrafficModeType(3);

  public boolean isKnown() {
    return code >= 1 && code <= 3;
  }

  @Override
  public String toString() {
    return switch ((int) code) {
      case 1 -> "override";
      case 2 -> "loadshare";
      case 3 -> "broadcast";
      default -> "traffic mode " + code;
    };
  }
}
