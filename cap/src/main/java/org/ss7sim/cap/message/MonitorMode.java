package org.ss7sim.cap.message;

import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.Codecs;

/**
 * {@code MonitorMode ::= ENUMERATED {interrupted(0), notifyAndContinue(1), transparent(2)}} (TS
 * 29.078 §5.1): interrupted suspends call processing at the EDP-R until the gsmSCF answers,
 * notifyAndContinue reports an EDP-N, transparent disarms.
 */
public enum MonitorMode {
  INTERRUPTED(0, "interrupted"),
  NOTIFY_AND_CONTINUE(1, "notifyAndContinue"),
  TRANSPARENT(2, "transparent");

  /** The codec of the ENUMERATED; a value not listed here does not decode. */
  public static final BerCodec<MonitorMode> CODEC =
      Codecs.enumerated("MonitorMode", MonitorMode::ofCode, MonitorMode::code);

  private final int code;
  private final String specName;

  MonitorMode(int code, String specName) {
    this.code = code;
    this.specName = specName;
  }

  public int code() {
    return code;
  }

  /** The name in TS 29.078. */
  public String specName() {
    return specName;
  }

  /** The value with this code, or null. */
  public static MonitorMode ofCode(int code) {
    for (MonitorMode v : values()) {
      if (v.code == code) {
        return v;
      }
    }
    return null;
  }
}
