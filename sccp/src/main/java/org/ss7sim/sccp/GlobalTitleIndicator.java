package org.ss7sim.sccp;

/** Which global title format an address carries (Q.713 §3.4.1, ITU values 0001–0100). */
public enum GlobalTitleIndicator {
  /** 0000: no global title. */
  NONE(0),
  /** 0001: nature of address indicator only. */
  NAI_ONLY(1),
  /** 0010: translation type only. */
  TT_ONLY(2),
  /** 0011: translation type, numbering plan and encoding scheme. */
  TT_NP_ES(3),
  /** 0100: translation type, numbering plan, encoding scheme and nature of address indicator. */
  TT_NP_ES_NAI(4);

  private final int code;

  GlobalTitleIndicator(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The indicator for ITU code {@code code} (0–4); other codes are national or spare. */
  public static GlobalTitleIndicator fromCode(int code) {
    return switch (code) {
      case 0 -> NONE;
      case 1 -> NAI_ONLY;
      case 2 -> TT_ONLY;
      case 3 -> TT_NP_ES;
      case 4 -> TT_NP_ES_NAI;
      default -> throw new IllegalArgumentException("global title indicator not ITU: " + code);
    };
  }
}
