package org.ss7sim.isup.circuit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Timer values in use: the Q.764 defaults unless configured otherwise. Immutable. */
public final class IsupTimers {
  private final EnumMap<IsupTimer, Duration> values;

  private IsupTimers(EnumMap<IsupTimer, Duration> values) {
    this.values = values;
  }

  /** Every timer at its Q.764 default. */
  public static IsupTimers defaults() {
    EnumMap<IsupTimer, Duration> m = new EnumMap<>(IsupTimer.class);
    for (IsupTimer t : IsupTimer.values()) {
      m.put(t, t.defaultValue());
    }
    return new IsupTimers(m);
  }

  /** A copy with {@code timer} set to {@code value} (positive). */
  public IsupTimers with(IsupTimer timer, Duration value) {
    Objects.requireNonNull(timer, "timer");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(timer + " must be positive: " + value);
    }
    EnumMap<IsupTimer, Duration> m = new EnumMap<>(values);
    m.put(timer, value);
    return new IsupTimers(m);
  }

  public Duration value(IsupTimer timer) {
    return values.get(timer);
  }

  public Map<IsupTimer, Duration> asMap() {
    return Map.copyOf(values);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
