package org.ss7sim.inap.message;

/** {@code EventTypeBCSM} (Q.1218 §6, IN-CS-1-Datatypes): the BCSM detection points. */
public enum EventTypeBcsm {
  ORIG_ATTEMPT_AUTHORIZED(1),
  COLLECTED_INFO(2),
  ANALYSED_INFORMATION(3),
  ROUTE_SELECT_FAILURE(4),
  O_CALLED_PARTY_BUSY(5),
  O_NO_ANSWER(6),
  O_ANSWER(7),
  O_MID_CALL(8),
  O_DISCONNECT(9),
  O_ABANDON(10),
  TERM_ATTEMPT_AUTHORIZED(12),
  T_BUSY(13),
  T_NO_ANSWER(14),
  T_ANSWER(15),
  T_MID_CALL(16),
  T_DISCONNECT(17),
  T_ABANDON(18);

  private final int code;

  EventTypeBcsm(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The event with this code, or null. */
  public static EventTypeBcsm ofCode(long code) {
    for (EventTypeBcsm e : values()) {
      if (e.code == code) {
        return e;
      }
    }
    return null;
  }
}
