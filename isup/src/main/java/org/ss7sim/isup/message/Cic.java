package org.ss7sim.isup.message;

/**
 * Circuit identification code (Q.763 §1.2): 12 bits, sent least significant octet first, the four
 * high bits of the second octet spare.
 */
public record Cic(int value) implements Comparable<Cic> {
  public static final int MAX = 0x0fff;

  public Cic {
    if (value < 0 || value > MAX) {
      throw new IllegalArgumentException("CIC out of range 0..4095: " + value);
    }
  }

  private static final Cic[] CACHE = new Cic[MAX + 1];

  static {
    for (int i = 0; i <= MAX; i++) {
      CACHE[i] = new Cic(i);
    }
  }

  /** The CIC with {@code value} (shared instances: decoding allocates none). */
  public static Cic of(int value) {
    if (value < 0 || value > MAX) {
      throw new IllegalArgumentException("CIC out of range 0..4095: " + value);
    }
    return CACHE[value];
  }

  public boolean even() {
    return (value & 1) == 0;
  }

  @Override
  public int compareTo(Cic o) {
    return Integer.compare(value, o.value);
  }

  @Override
  public String toString() {
    return "CIC " + value;
  }
}
