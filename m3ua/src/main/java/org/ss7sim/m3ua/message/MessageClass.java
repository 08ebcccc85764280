package org.ss7sim.m3ua.message;

/** M3UA message classes (RFC 4666 §3.1.2). */
public enum MessageClass {
  MGMT(0),
  TRANSFER(1),
  SSNM(2),
  ASPSM(3),
  ASPTM(4),
  RKM(9);

  private final int code;

  MessageClass(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The class with {@code code}, or null (reserved and IUA/SUA/M2UA-only classes). */
  public static MessageClass fromCode(int code) {
    for (MessageClass c : values()) {
      if (c.code == code) {
        return c;
      }
    }
    return null;
  }
}
