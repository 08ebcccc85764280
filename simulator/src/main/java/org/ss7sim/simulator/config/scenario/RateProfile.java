package org.ss7sim.simulator.config.scenario;

import java.time.Duration;
import java.util.List;

/** How many attempts per second a traffic source starts, over time. */
public sealed interface RateProfile {
  /** The rate at {@code t} after the source started. */
  double rateAt(Duration t);

  /** The same rate throughout. */
  record Constant(double perSecond) implements RateProfile {
    @Override
    public double rateAt(Duration t) {
      return perSecond;
    }
  }

  /** From {@code from} to {@code to} per second, linearly over {@code over}, then {@code to}. */
  record Ramp(double from, double to, Duration over) implements RateProfile {
    @Override
    public double rateAt(Duration t) {
      if (over.isZero() || t.compareTo(over) >= 0) {
        return to;
      }
      return from + (to - from) * t.toNanos() / over.toNanos();
    }
  }

  /** Rates held for given times, one after another; the last rate holds after the last step. */
  record Steps(List<Step> steps) implements RateProfile {
    public Steps {
      steps = List.copyOf(steps);
      if (steps.isEmpty()) {
        throw new IllegalArgumentException("no steps");
      }
    }

    @Override
    public double rateAt(Duration t) {
      Duration end = Duration.ZERO;
      for (Step s : steps) {
        end = end.plus(s.holdFor());
        if (t.compareTo(end) < 0) {
          return s.perSecond();
        }
      }
      return steps.get(steps.size() - 1).perSecond();
    }
  }

  /** One step: {@code perSecond} for {@code holdFor}. */
  record Step(double perSecond, Duration holdFor) {}
}
