package org.ss7sim.tcap.component;

/**
 * An invoke id, {@code InvokeIdType ::= INTEGER (-128..127)} (Q.773 §3.2). Instances are interned,
 * so {@link #of(int)} never allocates.
 */
public record InvokeId(int value) {
  private static final InvokeId[] CACHE = new InvokeId[256];

  static {
    for (int i = 0; i < 256; i++) {
      CACHE[i] = new InvokeId(i - 128);
    }
  }

  public InvokeId {
    if (value < -128 || value > 127) {
      throw new IllegalArgumentException("invoke id out of range: " + value);
    }
  }

  public static InvokeId of(int value) {
    if (value < -128 || value > 127) {
      throw new IllegalArgumentException("invoke id out of range: " + value);
    }
    return CACHE[value + 128];
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
