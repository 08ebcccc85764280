package org.ss7sim.mtp;

/**
 * The 4-bit service indicator of the service information octet (Q.704 §14.2.1): which user part a
 * message is for. An open value: spare codes are kept.
 */
public record ServiceIndicator(int code) {
  public static final ServiceIndicator SNM = new ServiceIndicator(0);
  public static final ServiceIndicator SNT = new ServiceIndicator(1);
  public static final ServiceIndicator SCCP = new ServiceIndicator(3);
  public static final ServiceIndicator TUP = new ServiceIndicator(4);
  public static final ServiceIndicator ISUP = new ServiceIndicator(5);

  public ServiceIndicator {
    if (code < 0 || code > 15) {
      throw new IllegalArgumentException("service indicator out of range: " + code);
    }
  }
}
