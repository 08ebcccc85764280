package org.ss7sim.sccp.message;

/** SCCP message type codes (Q.713 §2.1, Table 1). */
public enum SccpMessageType {
  CR(0x01, false),
  CC(0x02, false),
  CREF(0x03, false),
  RLSD(0x04, false),
  RLC(0x05, false),
  DT1(0x06, false),
  DT2(0x07, false),
  AK(0x08, false),
  UDT(0x09, true),
  UDTS(0x0a, true),
  ED(0x0b, false),
  EA(0x0c, false),
  RSR(0x0d, false),
  RSC(0x0e, false),
  ERR(0x0f, false),
  IT(0x10, false),
  XUDT(0x11, true),
  XUDTS(0x12, true),
  LUDT(0x13, true),
  LUDTS(0x14, true);

  private static final SccpMessageType[] BY_CODE = new SccpMessageType[0x15];

  static {
    for (SccpMessageType t : values()) {
      BY_CODE[t.code] = t;
    }
  }

  private final int code;
  private final boolean connectionless;

  SccpMessageType(int code, boolean connectionless) {
    this.code = code;
    this.connectionless = connectionless;
  }

  public int code() {
    return code;
  }

  /** Whether this is a connectionless message (classes 0 and 1), the ones this stack handles. */
  public boolean connectionless() {
    return connectionless;
  }

  /** Whether this is a service message (UDTS, XUDTS, LUDTS) that returns undelivered data. */
  public boolean service() {
    return this == UDTS || this == XUDTS || this == LUDTS;
  }

  /** The type for {@code code}, or {@code null} for a code Q.713 does not define. */
  public static SccpMessageType fromCode(int code) {
    return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
  }
}
