package org.ss7sim.map.sms;

/** TP address type of number, bits 6-4 of the type-of-address octet (TS 23.040 §9.1.2.5). */
public enum TypeOfNumber {
  UNKNOWN,
  INTERNATIONAL,
  NATIONAL,
  NETWORK_SPECIFIC,
  SUBSCRIBER,
  ALPHANUMERIC,
  ABBREVIATED,
  RESERVED;

  public int code() {
    return ordinal();
  }

  public static TypeOfNumber of(int code) {
    return values()[code & 7];
  }
}
