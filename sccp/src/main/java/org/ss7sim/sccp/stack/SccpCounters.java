package org.ss7sim.sccp.stack;

/** The named counters of one SCCP node; read by the simulator, written by the node's thread. */
public final class SccpCounters {
  private final long[] values = new long[SccpCounter.values().length];

  void increment(SccpCounter c) {
    values[c.ordinal()]++;
  }

  public long get(SccpCounter c) {
    return values[c.ordinal()];
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SccpCounters[");
    for (SccpCounter c : SccpCounter.values()) {
      if (values[c.ordinal()] != 0) {
        sb.append(' ')
            .append(c.name().toLowerCase(java.util.Locale.ROOT))
            .append('=')
            .append(values[c.ordinal()]);
      }
    }
    return sb.append(" ]").toString();
  }
}
