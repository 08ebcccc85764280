package org.ss7sim.simulator.report;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Counts and latencies of one scenario (one traffic source). Not thread-safe: record from one
 * thread, or through {@link ResultRecorder}.
 */
public final class ScenarioResult {
  private static final long MAX_LATENCY_NANOS = 3_600_000_000_000L;

  private final String name;
  private final String kind;
  private final Histogram latencyNanos = new Histogram(MAX_LATENCY_NANOS, 3);
  private final Map<String, Long> failed = new TreeMap<>();
  private final java.util.TreeMap<Long, long[]> perSecond = new java.util.TreeMap<>();
  private long attempted;
  private long succeeded;
  private long firstStartNanos = Long.MAX_VALUE;
  private long lastEndNanos = Long.MIN_VALUE;

  public ScenarioResult(String name, String kind) {
    this.name = name;
    this.kind = kind;
  }

  public String name() {
    return name;
  }

  public String kind() {
    return kind;
  }

  /** One attempt started at {@code startNanos} (monotonic clock). */
  public void attempt(long startNanos) {
    attempted++;
    second(startNanos)[0]++;
    firstStartNanos = Math.min(firstStartNanos, startNanos);
  }

  /** An attempt that started at {@code startNanos} succeeded at {@code endNanos}. */
  public void success(long startNanos, long endNanos) {
    succeeded++;
    second(endNanos)[1]++;
    latencyNanos.recordValue(Math.min(Math.max(endNanos - startNanos, 0), MAX_LATENCY_NANOS));
    lastEndNanos = Math.max(lastEndNanos, endNanos);
  }

  /**
   * An attempt failed with {@code cause} (e.g. {@code absentSubscriberSM}, {@code 17 user busy}).
   */
  public void failure(String cause, long endNanos) {
    failed.merge(cause, 1L, Long::sum);
    second(endNanos)[2]++;
    lastEndNanos = Math.max(lastEndNanos, endNanos);
  }

  private long[] second(long nanos) {
    return perSecond.computeIfAbsent(Math.floorDiv(nanos, 1_000_000_000L), k -> new long[3]);
  }

  /**
   * Attempts started, and succeeded and failed ended, in each second of the run's monotonic clock
   * (key: {@code nanos / 10^9}), seconds without any left out; each value {attempted, succeeded,
   * failed}.
   */
  public java.util.SortedMap<Long, long[]> perSecond() {
    java.util.TreeMap<Long, long[]> copy = new java.util.TreeMap<>();
    perSecond.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  /**
   * Successful attempts by latency: element i counts latencies above {@code boundsMillis[i-1]} and
   * at most {@code boundsMillis[i]}; the last element counts those above the last bound.
   */
  public long[] latencyHistogram(double[] boundsMillis) {
    long[] out = new long[boundsMillis.length + 1];
    if (succeeded == 0) {
      return out;
    }
    long below = 0;
    for (int i = 0; i < boundsMillis.length; i++) {
      long upTo = latencyNanos.getCountBetweenValues(0, (long) (boundsMillis[i] * 1e6));
      out[i] = upTo - below;
      below = upTo;
    }
    out[boundsMillis.length] = latencyNanos.getTotalCount() - below;
    return out;
  }

  public long attempted() {
    return attempted;
  }

  public long succeeded() {
    return succeeded;
  }

  public Map<String, Long> failed() {
    return Map.copyOf(failed);
  }

  public long failedTotal() {
    return failed.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Latency at {@code percentile} (0–100) in milliseconds; 0 when nothing succeeded. */
  public double latencyMillis(double percentile) {
    return succeeded == 0 ? 0 : latencyNanos.getValueAtPercentile(percentile) / 1e6;
  }

  /** Successful attempts whose latency was at most {@code nanos} (histogram buckets). */
  public long latencyCountAtOrBelow(long nanos) {
    return succeeded == 0 ? 0 : latencyNanos.getCountBetweenValues(0, Math.max(0, nanos));
  }

  /** The sum of the successful attempts' latencies in nanoseconds (histogram precision). */
  public double latencySumNanos() {
    return succeeded == 0 ? 0 : latencyNanos.getMean() * latencyNanos.getTotalCount();
  }

  public double maxLatencyMillis() {
    return succeeded == 0 ? 0 : latencyNanos.getMaxValue() / 1e6;
  }

  /** Completed attempts per second between the first start and the last completion. */
  public double ratePerSecond() {
    long done = succeeded + failedTotal();
    if (done == 0 || lastEndNanos <= firstStartNanos) {
      return 0;
    }
    return done / ((lastEndNanos - firstStartNanos) / 1e9);
  }
}
