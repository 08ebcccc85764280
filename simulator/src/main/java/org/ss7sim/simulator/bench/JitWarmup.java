package org.ss7sim.simulator.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Load before the first measured run until the JIT compiler has gone quiet. The stack's hot path is
 * some two thousand methods; on two cores the optimising compiler needs tens of seconds of CPU for
 * them, and at the measured rate it competes with the load it is compiling for (a 60 s run at 8,000
 * SMS/s spent its first 40 s with the compiler taking half a core). So the bench loads at half the
 * first rate in steps until a step saw the compiler busy less than {@link #QUIET} of its time, then
 * the same at the first rate itself. Without the full-rate steps, five of some twenty runs at
 * 10,000 SMS/s had a stall of up to half a second (p99 241-365 ms) early in the measured run, with
 * the compiler busy during it: most likely code compiled from half-rate profiles meeting other
 * branches and batch sizes at the full rate, thrown away and compiled again. The bound covers both
 * phases; the measured runs then see compiled code only.
 */
public final class JitWarmup {
  /**
   * A step compiling less than this share of its time counts as quiet. At 5 % the measured runs
   * began while the compiler still worked (last steps with up to 190 ms of 5 s compiling; 10,000
   * SMS/s for 60 s: p99 12.0-14.9 ms, 128 µs per SMS); at 1 % the full-rate phase ran 25-45 s and
   * the same command gave p99 10.25, 9.92 and 10.61 ms at 119-121 µs per SMS.
   */
  static final double QUIET = 0.01;

  /** The length of one step (shorter when the bound is). */
  static final Duration STEP = Duration.ofSeconds(5);

  /** The load of one rate: how long, in how many steps, whether its last step was quiet. */
  public record Phase(double rate, Duration loaded, int steps, boolean quiet) {}

  /** What a warm-up did: its phases in order (a phase the bound left no time for is absent). */
  public record Outcome(List<Phase> phases, long lastStepCompileMillis) {
    /** Whether the last phase ended quiet (every phase did: a phase only ends early when quiet). */
    public boolean quiet() {
      return !phases.isEmpty() && phases.get(phases.size() - 1).quiet();
    }

    /** Steps run in all. */
    public int steps() {
      return phases.stream().mapToInt(Phase::steps).sum();
    }

    /** Time loaded in all. */
    public Duration loaded() {
      return phases.stream().map(Phase::loaded).reduce(Duration.ZERO, Duration::plus);
    }

    /** One line for the bench's output. */
    public String line() {
      StringBuilder b = new StringBuilder("JIT warm-up: ");
      for (int i = 0; i < phases.size(); i++) {
        Phase p = phases.get(i);
        b.append(i == 0 ? "" : ", then ")
            .append(String.format(Locale.ROOT, "%d s at %.0f/s", p.loaded().toSeconds(), p.rate()));
      }
      return b.append(
              String.format(
                  Locale.ROOT,
                  ", %s (%d ms compiling in the last step)",
                  quiet() ? "the compiler went quiet" : "the compiler still busy at the bound",
                  lastStepCompileMillis))
          .toString();
    }
  }

  private JitWarmup() {}

  /** The JVM's accumulated compile time in ms, if it measures it (HotSpot does). */
  static Supplier<OptionalLong> jvmCompileMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return () ->
        jit != null && jit.isCompilationTimeMonitoringSupported()
            ? OptionalLong.of(jit.getTotalCompilationTime())
            : OptionalLong.empty();
  }

  /** Runs one load step of the given length (the bench's traffic at {@code rate}). */
  interface Step {
    void run(double rate, Duration length) throws Exception;
  }

  /**
   * For each of {@code rates} in turn: runs {@code step} at it, {@link #STEP} at a time, until a
   * step's compile time is under {@link #QUIET} of its length; all within {@code max}. Without
   * compile times (a JVM that does not measure them) the first rate takes the whole of {@code max}.
   */
  static Outcome run(
      List<Double> rates, Duration max, Supplier<OptionalLong> compileMillis, Step step)
      throws Exception {
    Duration left = max;
    long last = 0;
    List<Phase> phases = new ArrayList<>();
    for (double rate : rates) {
      Duration loaded = Duration.ZERO;
      int steps = 0;
      boolean quiet = false;
      while (!quiet && !left.isZero()) {
        Duration length = STEP.compareTo(left) < 0 ? STEP : left;
        OptionalLong before = compileMillis.get();
        step.run(rate, length);
        OptionalLong after = compileMillis.get();
        loaded = loaded.plus(length);
        left = left.minus(length);
        steps++;
        if (before.isPresent() && after.isPresent()) {
          last = after.getAsLong() - before.getAsLong();
          quiet = last < QUIET * length.toMillis();
        }
      }
      if (steps > 0) {
        phases.add(new Phase(rate, loaded, steps, quiet));
      }
      if (!quiet) {
        break; // the bound is used up
      }
    }
    return new Outcome(List.copyOf(phases), last);
  }
}
