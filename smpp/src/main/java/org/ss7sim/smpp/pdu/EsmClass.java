package org.ss7sim.smpp.pdu;

/**
 * The esm_class octet (SMPP 3.4 §5.2.12).
 *
 * <pre>
 *   7 6 | 5 4 3 2 | 1 0
 *   GSM |  type   | messaging mode
 *   bit 6 UDHI, bit 7 reply path; type (bits 5-2): 0001 SMSC delivery receipt, 0010 SME delivery
 *   ack, 0100 SME manual/user ack, 0110 conversation abort, 1000 intermediate notification
 * </pre>
 */
public record EsmClass(int value) {
  public static final EsmClass DEFAULT = new EsmClass(0);
  public static final int MODE_DEFAULT = 0;
  public static final int MODE_DATAGRAM = 1;
  public static final int MODE_FORWARD = 2;
  public static final int MODE_STORE_AND_FORWARD = 3;
  public static final int TYPE_DEFAULT = 0x00;
  public static final int TYPE_DELIVERY_RECEIPT = 0x04;
  public static final int TYPE_DELIVERY_ACK = 0x08;
  public static final int TYPE_MANUAL_ACK = 0x10;
  public static final int TYPE_CONVERSATION_ABORT = 0x18;
  public static final int TYPE_INTERMEDIATE_NOTIFICATION = 0x20;
  public static final int UDHI = 0x40;
  public static final int REPLY_PATH = 0x80;

  public EsmClass {
    Address.checkOctet(value, "esm_class");
  }

  public int messagingMode() {
    return value & 0x03;
  }

  /** Bits 5–2 as they sit in the octet (compare with the TYPE_ constants). */
  public int messageType() {
    return value & 0x3c;
  }

  public boolean isDeliveryReceipt() {
    return messageType() == TYPE_DELIVERY_RECEIPT;
  }

  public boolean udhi() {
    return (value & UDHI) != 0;
  }

  public boolean replyPath() {
    return (value & REPLY_PATH) != 0;
  }

  public EsmClass withUdhi(boolean on) {
    return new EsmClass(on ? value | UDHI : value & ~UDHI);
  }
}
