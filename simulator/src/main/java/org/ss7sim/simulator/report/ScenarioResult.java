package org.ss7sim.simulator.report;

import java.util.ArrayList;
import java.util.List;
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
  private double askedRatePerSecond;
  private long lateStarts;
  private long maxStartLagNanos;
  private long originNanos = Long.MIN_VALUE;
  private final List<Bucket> seconds = new ArrayList<>();

  /** One second of the run: counts by second, latencies of the attempts that ended in it. */
  private static final class Bucket {
    long started;
    long succeeded;
    long failed;
    // two significant digits, microseconds, resized as needed: small enough to keep per second
    final Histogram latencyMicros = new Histogram(2);
  }

  /**
   * One second of the run ({@code second} counted from the scenario's start): attempts scheduled to
   * start in it, attempts that succeeded and failed in it, and the latencies of those that
   * succeeded in it (milliseconds; 0 when none did).
   */
  public record Second(
      int second,
      long started,
      long succeeded,
      long failed,
      double p50Millis,
      double p99Millis,
      double maxMillis) {}

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

  /**
   * One attempt started at {@code startNanos} (monotonic clock; for an open-loop source the time it
   * was scheduled to start, so latencies include any wait to get started).
   */
  public void attempt(long startNanos) {
    attempted++;
    second(startNanos)[0]++;
    firstStartNanos = Math.min(firstStartNanos, startNanos);
    bucket(startNanos).started++;
  }

  /** An attempt that started at {@code startNanos} succeeded at {@code endNanos}. */
  public void success(long startNanos, long endNanos) {
    succeeded++;
    second(endNanos)[1]++;
    long latency = Math.min(Math.max(endNanos - startNanos, 0), MAX_LATENCY_NANOS);
    latencyNanos.recordValue(latency);
    lastEndNanos = Math.max(lastEndNanos, endNanos);
    Bucket b = bucket(endNanos);
    b.succeeded++;
    b.latencyMicros.recordValue(latency / 1000);
  }

  /**
   * An attempt failed with {@code cause} (e.g. {@code absentSubscriberSM}, {@code 17 user busy}).
   */
  public void failure(String cause, long endNanos) {
    failed.merge(cause, 1L, Long::sum);
    second(endNanos)[2]++;
    lastEndNanos = Math.max(lastEndNanos, endNanos);
    bucket(endNanos).failed++;
  }

  /** Second 0 of the per-second series starts at {@code nanos}; by default the first attempt. */
  public void origin(long nanos) {
    originNanos = nanos;
  }

  /** The rate the source was asked for (attempts per second over the measured time). */
  public void asked(double ratePerSecond) {
    askedRatePerSecond = ratePerSecond;
  }

  public double askedRatePerSecond() {
    return askedRatePerSecond;
  }

  /**
   * {@code count} attempts started later than the tolerance after their scheduled time, the latest
   * by {@code maxLagNanos}.
   */
  public void lateStarts(long count, long maxLagNanos) {
    lateStarts = count;
    maxStartLagNanos = maxLagNanos;
  }

  /** Attempts that did not start on time. */
  public long lateStarts() {
    return lateStarts;
  }

  /** The longest delay of a late start, in milliseconds. */
  public double maxStartLagMillis() {
    return maxStartLagNanos / 1e6;
  }

  /**
   * The per-second series with latencies: second 0 (from {@link #origin}) first, one entry per
   * second up to the last thing recorded.
   */
  public List<Second> latencyPerSecond() {
    List<Second> out = new ArrayList<>(seconds.size());
    for (int i = 0; i < seconds.size(); i++) {
      Bucket b = seconds.get(i);
      boolean any = b.succeeded > 0;
      out.add(
          new Second(
              i,
              b.started,
              b.succeeded,
              b.failed,
              any ? b.latencyMicros.getValueAtPercentile(50) / 1e3 : 0,
              any ? b.latencyMicros.getValueAtPercentile(99) / 1e3 : 0,
              any ? b.latencyMicros.getMaxValue() / 1e3 : 0));
    }
    return out;
  }

  private Bucket bucket(long nanos) {
    if (originNanos == Long.MIN_VALUE) {
      originNanos = nanos;
    }
    long i = Math.max(0, (nanos - originNanos) / 1_000_000_000L);
    int index = (int) Math.min(i, 24 * 3600);
    while (seconds.size() <= index) {
      seconds.add(new Bucket());
    }
    return seconds.get(index);
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

  /**
   * Attempts that succeeded per second between the first start and the last end: the rate the
   * network attained (failures and timeouts do not count).
   */
  public double successRatePerSecond() {
    if (succeeded == 0 || lastEndNanos <= firstStartNanos) {
      return 0;
    }
    return succeeded / ((lastEndNanos - firstStartNanos) / 1e9);
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
