package org.ss7sim.inap.message;

/** {@code MonitorMode ::= ENUMERATED { interrupted(0), notifyAndContinue(1), transparent(2) }}. */
public enum MonitorMode {
  INTERRUPTED,
  NOTIFY_AND_CONTINUE,
  TRANSPARENT;

  public int code() {
    return ordinal();
  }

  /** The mode with this code, or null. */
  public static MonitorMode ofCode(long code) {
    return code >= 0 && code < values().length ? values()[(int) code] : null;
  }
}
