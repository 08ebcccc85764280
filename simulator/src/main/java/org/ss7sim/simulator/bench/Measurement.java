package org.ss7sim.simulator.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ss7sim.simulator.report.ScenarioResult;

/**
 * One measured run of a bench: its result (latencies from the scheduled start), the process CPU
 * time and wall time it took, the conditions it ran under and any leaks found after it.
 */
public record Measurement(
    ScenarioResult result,
    long cpuNanos,
    Duration wall,
    Conditions conditions,
    List<String> leaks) {

  /** Attempts that did not end in success (failed, timed out, or never ended). */
  public long lost() {
    return result.attempted() - result.succeeded();
  }

  /**
   * Process CPU time per successful attempt, microseconds (every node and the generator: one JVM);
   * the figure that compares across machine loads.
   */
  public double cpuMicrosPerAttempt() {
    return result.succeeded() == 0 ? 0 : cpuNanos / 1e3 / result.succeeded();
  }

  /** Process CPU use over the run, in percent of one core. */
  public double cpuPercent() {
    return wall.isZero() ? 0 : 100.0 * cpuNanos / wall.toNanos();
  }

  /** Whether the run lost nothing, nothing leaked and its p99 stayed within {@code p99}. */
  public boolean within(Duration p99) {
    return lost() == 0
        && leaks.isEmpty()
        && result.attempted() > 0
        && result.latencyMillis(99) <= p99.toNanos() / 1e6;
  }

  /** The figures of the run on one line. */
  public String line() {
    ScenarioResult r = result;
    return String.format(
            Locale.ROOT,
            "%-9s asked %8.1f/s attained %8.1f/s | p50 %7.2f p90 %7.2f p99 %7.2f p99.9 %7.2f max %8.2f"
                + " ms | attempted %d lost %d late starts %d | CPU %.0f%% %.1f µs per success",
            r.kind(),
            r.askedRatePerSecond(),
            r.successRatePerSecond(),
            r.latencyMillis(50),
            r.latencyMillis(90),
            r.latencyMillis(99),
            r.latencyMillis(99.9),
            r.maxLatencyMillis(),
            r.attempted(),
            lost(),
            r.lateStarts(),
            cpuPercent(),
            cpuMicrosPerAttempt())
        + causes();
  }

  /**
   * Why attempts were lost, e.g. {@code " | lost: timeout=1"} ("timeout": no outcome when the run
   * ended, such as a message whose first attempt failed waiting for its retry); empty when none.
   */
  private String causes() {
    Map<String, Long> failed = new TreeMap<>(result.failed());
    long unaccounted = lost() - failed.values().stream().mapToLong(Long::longValue).sum();
    if (unaccounted > 0) {
      failed.merge("no outcome", unaccounted, Long::sum);
    }
    if (failed.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(" | lost:");
    failed.forEach((cause, n) -> b.append(' ').append(cause).append('=').append(n));
    return b.toString();
  }
}
