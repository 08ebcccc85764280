package org.ss7sim.smpp.pdu;

/**
 * The registered_delivery octet (SMPP 3.4 §5.2.17, SMPP 5.0 §4.7.21).
 *
 * <pre>
 *   7 6 5 | 4            | 3 2          | 1 0
 *   spare | intermediate | SME ack      | SMSC delivery receipt
 *   receipt: 0 none, 1 on success or failure, 2 on failure only, 3 on success only (5.0)
 * </pre>
 */
public record RegisteredDelivery(int value) {
  public static final RegisteredDelivery NONE = new RegisteredDelivery(0);
  public static final RegisteredDelivery RECEIPT = new RegisteredDelivery(1);
  public static final int RECEIPT_NONE = 0;
  public static final int RECEIPT_SUCCESS_OR_FAILURE = 1;
  public static final int RECEIPT_FAILURE = 2;
  public static final int RECEIPT_SUCCESS = 3;

  public RegisteredDelivery {
    Address.checkOctet(value, "registered_delivery");
  }

  public int smscReceipt() {
    return value & 0x03;
  }

  /** Whether a final receipt is wanted for a message that reached {@code delivered} or not. */
  public boolean wantsReceipt(boolean delivered) {
    return switch (smscReceipt()) {
      case RECEIPT_SUCCESS_OR_FAILURE -> true;
      case RECEIPT_FAILURE -> !delivered;
      case RECEIPT_SUCCESS -> delivered;
      default -> false;
    };
  }

  public int smeAck() {
    return (value >> 2) & 0x03;
  }

  public boolean intermediateNotification() {
    return (value & 0x10) != 0;
  }
}
