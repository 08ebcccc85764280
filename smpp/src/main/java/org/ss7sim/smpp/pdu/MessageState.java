package org.ss7sim.smpp.pdu;

/**
 * message_state values (SMPP 3.4 §5.2.28, SMPP 5.0 §4.7.15) with the seven-letter "stat" words
 * receipts customarily carry (SMPP 3.4 Appendix B).
 */
public enum MessageState {
  SCHEDULED(0, "SCHEDUL"),
  ENROUTE(1, "ENROUTE"),
  DELIVERED(2, "DELIVRD"),
  EXPIRED(3, "EXPIRED"),
  DELETED(4, "DELETED"),
  UNDELIVERABLE(5, "UNDELIV"),
  ACCEPTED(6, "ACCEPTD"),
  UNKNOWN(7, "UNKNOWN"),
  REJECTED(8, "REJECTD"),
  SKIPPED(9, "SKIPPED");

  private final int code;
  private final String stat;

  MessageState(int code, String stat) {
    this.code = code;
    this.stat = stat;
  }

  public int code() {
    return code;
  }

  /** The word after "stat:" in a receipt. */
  public String stat() {
    return stat;
  }

  /** Whether the message has reached a final state. */
  public boolean isFinal() {
    return this != SCHEDULED && this != ENROUTE && this != ACCEPTED;
  }

  public static MessageState ofCode(int code) {
    for (MessageState s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    return UNKNOWN;
  }

  public static MessageState ofStat(String stat) {
    for (MessageState s : values()) {
      if (s.stat.equalsIgnoreCase(stat)) {
        return s;
      }
    }
    return UNKNOWN;
  }
}
