package org.ss7sim.inap.message;

/** Numbering plan indicator of an ISUP-format number (Q.763 §3.9 d): 3 bits. */
public record NumberingPlan(int code) {
  public static final NumberingPlan ISDN = new NumberingPlan(1);
  public static final NumberingPlan DATA = new NumberingPlan(3);
  public static final NumberingPlan TELEX = new NumberingPlan(4);

  public NumberingPlan {
    if (code < 0 || code > 7) {
      throw new IllegalArgumentException("numbering plan out of range: " + code);
    }
  }

  public static NumberingPlan of(int code) {
    return code == 1 ? ISDN : new NumberingPlan(code);
  }
}
