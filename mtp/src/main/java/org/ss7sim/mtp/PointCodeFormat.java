package org.ss7sim.mtp;

/** The point code flavours: ITU-T 14-bit (Q.704 §2.2.2) and ANSI T1.111 24-bit. */
public enum PointCodeFormat {
  ITU(0x3fff),
  ANSI(0xffffff);

  private final int maxValue;

  PointCodeFormat(int maxValue) {
    this.maxValue = maxValue;
  }

  public int maxValue() {
    return maxValue;
  }
}
