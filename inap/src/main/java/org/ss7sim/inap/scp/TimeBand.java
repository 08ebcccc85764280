package org.ss7sim.inap.scp;

import java.time.LocalTime;

/**
 * A time-of-day band with its treatment: from {@code from} (inclusive) to {@code to} (exclusive),
 * wrapping past midnight when {@code to} is not after {@code from} (22:00–06:00 is the night).
 */
public record TimeBand(LocalTime from, LocalTime to, Treatment treatment) {
  public TimeBand {
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(to, "to");
    java.util.Objects.requireNonNull(treatment, "treatment");
    if (from.equals(to)) {
      throw new IllegalArgumentException("empty time band " + from);
    }
  }

  public boolean contains(LocalTime t) {
    return from.isBefore(to)
        ? !t.isBefore(from) && t.isBefore(to)
        : !t.isBefore(from) || t.isBefore(to);
  }

  @Override
  public String toString() {
    return from + "-" + to + " " + treatment;
  }
}
