package org.ss7sim.simulator.config.scenario;

/** An expected count: at least {@code min}, at most {@code max}. */
public record CountBound(long min, long max) {
  public static CountBound exactly(long n) {
    return new CountBound(n, n);
  }

  public boolean holds(long n) {
    return n >= min && n <= max;
  }

  @Override
  public String toString() {
    if (min == max) {
      return Long.toString(min);
    }
    return max == Long.MAX_VALUE ? ">= " + min : min + ".." + max;
  }
}
