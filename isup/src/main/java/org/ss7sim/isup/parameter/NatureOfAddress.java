package org.ss7sim.isup.parameter;

/** Common nature of address indicator codes (Q.763 §3.9 b); the field is an open 7-bit value. */
public final class NatureOfAddress {
  public static final int SUBSCRIBER = 1;
  public static final int UNKNOWN = 2;
  public static final int NATIONAL = 3;
  public static final int INTERNATIONAL = 4;
  public static final int NETWORK_SPECIFIC = 5;

  /** Numbering plan indicator ISDN (E.164) (Q.763 §3.9 d). */
  public static final int PLAN_ISDN = 1;

  private NatureOfAddress() {}
}
