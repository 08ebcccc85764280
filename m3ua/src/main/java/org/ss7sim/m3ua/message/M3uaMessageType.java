package org.ss7sim.m3ua.message;

/** Every M3UA message type, with its class and type code (RFC 4666 §3.1.2). */
public enum M3uaMessageType {
  ERR(MessageClass.MGMT, 0),
  NTFY(MessageClass.MGMT, 1),
  DATA(MessageClass.TRANSFER, 1),
  DUNA(MessageClass.SSNM, 1),
  DAVA(MessageClass.SSNM, 2),
  DAUD(MessageClass.SSNM, 3),
  SCON(MessageClass.SSNM, 4),
  DUPU(MessageClass.SSNM, 5),
  DRST(MessageClass.SSNM, 6),
  ASPUP(MessageClass.ASPSM, 1),
  ASPDN(MessageClass.ASPSM, 2),
  BEAT(MessageClass.ASPSM, 3),
  ASPUP_ACK(MessageClass.ASPSM, 4),
  ASPDN_ACK(MessageClass.ASPSM, 5),
  BEAT_ACK(MessageClass.ASPSM, 6),
  ASPAC(MessageClass.ASPTM, 1),
  ASPIA(MessageClass.ASPTM, 2),
  ASPAC_ACK(MessageClass.ASPTM, 3),
  ASPIA_ACK(MessageClass.ASPTM, 4),
  REG_REQ(MessageClass.RKM, 1),
  REG_RSP(MessageClass.RKM, 2),
  DEREG_REQ(MessageClass.RKM, 3),
  DEREG_RSP(MessageClass.RKM, 4);

  private final MessageClass messageClass;
  private final int code;

  M3uaMessageType(MessageClass messageClass, int code) {
    this.messageClass = messageClass;
    this.code = code;
  }

  public MessageClass messageClass() {
    return messageClass;
  }

  public int code() {
    return code;
  }

  /** The type with {@code code} in {@code messageClass}, or null if unsupported. */
  public static M3uaMessageType of(MessageClass messageClass, int code) {
    for (M3uaMessageType t : values()) {
      if (t.messageClass == messageClass && t.code == code) {
        return t;
      }
    }
    return null;
  }
}
