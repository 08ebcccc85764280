package org.ss7sim.simulator.scenario;

import java.time.Duration;
import java.util.OptionalLong;
import org.ss7sim.simulator.config.scenario.RateProfile;
import org.ss7sim.wire.time.TimerService;

/**
 * The open-loop schedule of one traffic source: attempt {@code i} is due at a time fixed by the
 * rate profile alone (each interval is {@code 1/rate} at the previous due time), whatever happened
 * to earlier attempts. A timer wakes the source for the next due attempt; when it fires late (the
 * clock's thread was busy) every attempt due by then is started at once, each with its own due
 * time, so latency measured from the due time includes the wait (no coordinated omission). An
 * attempt started more than {@link #LATE} after its due time is counted as a late start.
 *
 * <p>With a {@code grain} (real time), the timer wakes the source at most once per grain: the
 * attempts due meanwhile start together at the next wake-up, never before their due time and at
 * most one grain after it (inside {@link #LATE}), each measured from its own due time. At 10,000
 * attempts a second, a grain of {@link #REAL_TIME_GRAIN} wakes the generator's thread 4,000 times a
 * second instead of 10,000 — each wake-up of a sleeping thread costs the kernel more than starting
 * an attempt costs the generator.
 *
 * <p>Runs on the thread of {@code clock}; not thread-safe.
 */
public final class OpenLoop {
  /** How late an attempt may start and still count as on time. */
  public static final Duration LATE = Duration.ofMillis(1);

  /** The grain of a real-time run's schedule (see the class comment): well inside {@link #LATE}. */
  public static final Duration REAL_TIME_GRAIN = Duration.ofNanos(250_000);

  private static final long IDLE_RECHECK_NANOS = 100_000_000L;

  /** Starts one attempt. */
  public interface Starter {
    /**
     * Starts the attempt due at {@code dueNanos} (clock time); {@code measured} is false during the
     * warm-up.
     */
    void start(long dueNanos, boolean measured);
  }

  private final TimerService clock;
  private final RateProfile rate;
  private final long beginNanos;
  private final long endNanos;
  private final OptionalLong count;
  private final long measureFromNanos;
  private final Starter starter;
  private final Runnable onDone;
  private final long grainNanos;
  private long lastTickNanos = Long.MIN_VALUE;
  private double nextDue;
  private long attempts;
  private long measured;
  private double measuredSpanNanos;
  private long lateStarts;
  private long maxLagNanos;
  private boolean done;

  /**
   * @param beginNanos clock time of the first attempt
   * @param endNanos clock time at which no attempt is due any more ({@code Long.MAX_VALUE}: none)
   * @param count at most this many attempts
   * @param measureFromNanos attempts due before this are started but not measured (warm-up)
   * @param onDone run once, when the last attempt has been started
   * @param grain wake at most once per grain (zero: at every due time, as a virtual-time run does)
   */
  public OpenLoop(
      TimerService clock,
      RateProfile rate,
      long beginNanos,
      long endNanos,
      OptionalLong count,
      long measureFromNanos,
      Starter starter,
      Runnable onDone,
      Duration grain) {
    if (grain.isNegative() || grain.compareTo(LATE) >= 0) {
      throw new IllegalArgumentException("grain must be in [0, " + LATE + "): " + grain);
    }
    this.grainNanos = grain.toNanos();
    this.clock = clock;
    this.rate = rate;
    this.beginNanos = beginNanos;
    this.endNanos = endNanos;
    this.count = count;
    this.measureFromNanos = measureFromNanos;
    this.starter = starter;
    this.onDone = onDone;
    this.nextDue = beginNanos;
  }

  /** Arms the first wake-up (call on the clock's thread). */
  public void start() {
    wakeAt(Math.round(nextDue));
  }

  private void wakeAt(long due) {
    if (grainNanos > 0 && lastTickNanos != Long.MIN_VALUE) {
      due = Math.max(due, lastTickNanos + grainNanos);
    }
    long delay = Math.max(0, due - clock.nanoTime());
    clock.schedule(Duration.ofNanos(delay), this::tick);
  }

  private void tick() {
    if (done) {
      return;
    }
    long now = clock.nanoTime();
    lastTickNanos = now;
    while (Math.round(nextDue) <= now) {
      // rounded, so that n intervals of 1/rate end exactly at n/rate (no extra attempt at the end)
      long due = Math.round(nextDue);
      if ((count.isPresent() && attempts >= count.getAsLong()) || due >= endNanos) {
        done = true;
        onDone.run();
        return;
      }
      double r = rate.rateAt(Duration.ofNanos(due - beginNanos));
      if (r <= 0) {
        nextDue += IDLE_RECHECK_NANOS;
        continue;
      }
      double interval = 1e9 / r;
      nextDue += interval;
      attempts++;
      boolean inWindow = due >= measureFromNanos;
      if (inWindow) {
        measured++;
        measuredSpanNanos += interval;
        long lag = now - due;
        if (lag > LATE.toNanos()) {
          lateStarts++;
          maxLagNanos = Math.max(maxLagNanos, lag);
        }
      }
      starter.start(due, inWindow);
    }
    wakeAt(Math.round(nextDue));
  }

  /** Starts no more attempts (on the clock's thread); the source counts as done. */
  public void stop() {
    if (!done) {
      done = true;
      onDone.run();
    }
  }

  /** Attempts started so far (warm-up included). */
  public long attempts() {
    return attempts;
  }

  /** Attempts started after the warm-up. */
  public long measured() {
    return measured;
  }

  /**
   * The rate asked of the measured attempts: their number over the time their schedule covered
   * (each one's interval to the next); exactly the rate for a constant profile.
   */
  public double askedRatePerSecond() {
    return measuredSpanNanos == 0 ? 0 : measured / (measuredSpanNanos / 1e9);
  }

  /** Measured attempts started more than {@link #LATE} after their due time. */
  public long lateStarts() {
    return lateStarts;
  }

  /** The largest delay of a late start, nanoseconds. */
  public long maxLagNanos() {
    return maxLagNanos;
  }

  public boolean done() {
    return done;
  }
}
