package org.ss7sim.tcap.message;

/**
 * {@code P-AbortCause ::= [APPLICATION 10] IMPLICIT INTEGER} (Q.773 §3.1, table 7). The causes 0 to
 * 4 go on the wire; {@link #ABNORMAL_DIALOGUE} and {@link #NO_COMMON_DIALOGUE_PORTION} are the
 * further causes Q.771 §3.2.2.3 gives the TC-user (the first also appears on the wire from some
 * equipment). Unknown codes are kept.
 */
public record PAbortCause(int code) {
  public static final PAbortCause UNRECOGNIZED_MESSAGE_TYPE = new PAbortCause(0);
  public static final PAbortCause UNRECOGNIZED_TRANSACTION_ID = new PAbortCause(1);
  public static final PAbortCause BADLY_FORMATTED_TRANSACTION_PORTION = new PAbortCause(2);
  public static final PAbortCause INCORRECT_TRANSACTION_PORTION = new PAbortCause(3);
  public static final PAbortCause RESOURCE_LIMITATION = new PAbortCause(4);
  public static final PAbortCause ABNORMAL_DIALOGUE = new PAbortCause(126);
  public static final PAbortCause NO_COMMON_DIALOGUE_PORTION = new PAbortCause(127);

  public PAbortCause {
    if (code < 0 || code > 127) {
      throw new IllegalArgumentException("P-Abort cause out of range: " + code);
    }
  }

  @Override
  public String toString() {
    return switch (code) {
      case 0 -> "unrecognizedMessageType";
      case 1 -> "unrecognizedTransactionID";
      case 2 -> "badlyFormattedTransactionPortion";
      case 3 -> "incorrectTransactionPortion";
      case 4 -> "resourceLimitation";
      case 126 -> "abnormalDialogue";
      case 127 -> "noCommonDialoguePortion";
      default -> "pAbortCause(" + code + ")";
    };
  }
}
