package org.ss7sim.simulator.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Load before the first measured run until the JIT compiler has gone quiet. The stack's hot path is
 * some two thousand methods; on two cores the optimising compiler needs tens of seconds of CPU for
 * them, and at the measured rate it competes with the load it is compiling for (a 60 s run at 8,000
 * SMS/s spent its first 40 s with the compiler taking half a core). So the bench loads at half the
 * first rate in steps and stops when a step saw the compiler busy less than {@link #QUIET} of its
 * time, or at the bound: the measured runs then see compiled code only.
 */
public final class JitWarmup {
  /** A step compiling less than this share of its time counts as quiet. */
  static final double QUIET = 0.05;

  /** The length of one step (shorter when the bound is). */
  static final Duration STEP = Duration.ofSeconds(5);

  /** What a warm-up did. */
  public record Outcome(
      int steps, Duration loaded, double rate, long lastStepCompileMillis, boolean quiet) {
    /** One line for the bench's output. */
    public String line() {
      return String.format(
          Locale.ROOT,
          "JIT warm-up: %d s at %.0f/s, %s (%d ms compiling in the last step)",
          loaded.toSeconds(),
          rate,
          quiet ? "the compiler went quiet" : "the compiler still busy at the bound",
          lastStepCompileMillis);
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

  /** Runs one load step of the given length (the bench's traffic at the warm-up rate). */
  interface Step {
    void run(Duration length) throws Exception;
  }

  /**
   * Runs {@code step} repeatedly, {@link #STEP} at a time, until a step's compile time is under
   * {@link #QUIET} of its length or {@code max} is used up. Without compile times (a JVM that does
   * not measure them) the whole of {@code max} is loaded.
   */
  static Outcome run(double rate, Duration max, Supplier<OptionalLong> compileMillis, Step step)
      throws Exception {
    Duration loaded = Duration.ZERO;
    int steps = 0;
    long last = -1;
    while (loaded.compareTo(max) < 0) {
      Duration length = STEP.compareTo(max.minus(loaded)) < 0 ? STEP : max.minus(loaded);
      OptionalLong before = compileMillis.get();
      step.run(length);
      OptionalLong after = compileMillis.get();
      loaded = loaded.plus(length);
      steps++;
      if (before.isPresent() && after.isPresent()) {
        last = after.getAsLong() - before.getAsLong();
        if (last < QUIET * length.toMillis()) {
          return new Outcome(steps, loaded, rate, last, true);
        }
      }
    }
    return new Outcome(steps, loaded, rate, Math.max(last, 0), false);
  }
}
