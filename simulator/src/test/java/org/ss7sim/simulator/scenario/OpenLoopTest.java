package org.ss7sim.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.config.scenario.RateProfile;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/** The open-loop schedule on virtual time: due times, queueing in latency, asked rate, lateness. */
class OpenLoopTest {
  private static final long MS = 1_000_000L;

  /**
   * A server answering one request at a time, each taking {@code serviceNanos}: offered more than
   * it can take, requests queue.
   */
  private static final class FifoServer {
    final VirtualClock clock;
    final long serviceNanos;
    long freeAt;

    FifoServer(VirtualClock clock, long serviceNanos) {
      this.clock = clock;
      this.serviceNanos = serviceNanos;
    }

    void submit(Runnable done) {
      long now = clock.nanoTime();
      long end = Math.max(now, freeAt) + serviceNanos;
      freeAt = end;
      clock.schedule(Duration.ofNanos(end - now), done);
    }
  }

  @Test
  void latency_from_the_scheduled_start_shows_the_queue_of_an_overloaded_server() {
    VirtualClock clock = new VirtualClock();
    FifoServer server = new FifoServer(clock, 10 * MS); // takes 100/s
    ScenarioResult r = new ScenarioResult("overload", "sms");
    long t0 = clock.nanoTime();
    r.origin(t0);
    boolean[] done = {false};
    OpenLoop loop =
        new OpenLoop(
            clock,
            new RateProfile.Constant(200), // asked 200/s for 1 s
            t0,
            t0 + 1_000 * MS,
            OptionalLong.empty(),
            t0,
            (due, measured) -> {
              r.attempt(due);
              server.submit(() -> r.success(due, clock.nanoTime()));
            },
            () -> done[0] = true,
            Duration.ZERO);
    loop.start();
    clock.advance(Duration.ofSeconds(5));

    assertThat(done[0]).isTrue();
    assertThat(r.attempted()).isEqualTo(200);
    assertThat(r.succeeded()).isEqualTo(200);
    // attempt i is due at 5i ms and ends at 10(i+1) ms: latency 10 + 5i ms, growing with the queue
    assertThat(r.maxLatencyMillis()).isCloseTo(1005, within(5.0));
    assertThat(r.latencyMillis(50)).isCloseTo(505, within(5.0));
    assertThat(r.askedRatePerSecond()).isZero(); // the runner sets it from the schedule
    assertThat(loop.askedRatePerSecond()).isCloseTo(200, within(1e-6));
    // 200 ended between 0 and 2 s: the server's 100/s, not the 200/s asked
    assertThat(r.ratePerSecond()).isCloseTo(100, within(0.1));
    assertThat(loop.lateStarts()).isZero();
    List<ScenarioResult.Second> series = r.latencyPerSecond();
    assertThat(series).hasSize(3); // the last one ends at exactly 2 s
    assertThat(series.get(0).started()).isEqualTo(200);
    assertThat(series.get(0).succeeded()).isEqualTo(99);
    assertThat(series.get(1).started()).isZero();
    assertThat(series.get(1).succeeded()).isEqualTo(100);
    assertThat(series.get(1).p50Millis()).isGreaterThan(series.get(0).p99Millis());
  }

  @Test
  void a_server_that_keeps_up_shows_its_own_latency_only() {
    VirtualClock clock = new VirtualClock();
    FifoServer server = new FifoServer(clock, 2 * MS); // takes 500/s
    ScenarioResult r = new ScenarioResult("fine", "sms");
    long t0 = clock.nanoTime();
    OpenLoop loop =
        new OpenLoop(
            clock,
            new RateProfile.Constant(250),
            t0,
            Long.MAX_VALUE,
            OptionalLong.of(500),
            t0,
            (due, measured) -> {
              r.attempt(due);
              server.submit(() -> r.success(due, clock.nanoTime()));
            },
            () -> {},
            Duration.ZERO);
    loop.start();
    clock.advance(Duration.ofSeconds(3));
    assertThat(r.succeeded()).isEqualTo(500);
    assertThat(r.maxLatencyMillis()).isCloseTo(2, within(0.01));
    // 500 attempts every 4 ms: the last due at 1996 ms ends at 1998 ms
    assertThat(r.ratePerSecond()).isCloseTo(500 / 1.998, within(0.01));
    assertThat(loop.done()).isTrue();
  }

  /**
   * A generator whose thread stalls (timers due in [1000, 1100) ms fire at 1100 ms, as after a GC
   * pause): the 20 attempts due meanwhile start together at 1100 ms, count as late, and their
   * latencies include the stall.
   */
  @Test
  void attempts_due_while_the_generator_stalls_start_late_and_are_counted() {
    VirtualClock clock = new VirtualClock();
    long t0 = clock.nanoTime();
    TimerService stalling = new Stalling(clock, t0 + 1_000 * MS, t0 + 1_100 * MS);
    ScenarioResult r = new ScenarioResult("stall", "call");
    List<Long> starts = new ArrayList<>();
    OpenLoop loop =
        new OpenLoop(
            stalling,
            new RateProfile.Constant(200),
            t0,
            t0 + 2_000 * MS,
            OptionalLong.empty(),
            t0 + 500 * MS, // warm-up: the first 100 attempts are not measured
            (due, measured) -> {
              starts.add(clock.nanoTime());
              if (measured) {
                r.attempt(due);
                r.success(due, clock.nanoTime() + MS);
              }
            },
            () -> {},
            Duration.ZERO);
    loop.start();
    clock.advance(Duration.ofSeconds(3));
    assertThat(loop.attempts()).isEqualTo(400);
    assertThat(loop.measured()).isEqualTo(300);
    assertThat(r.attempted()).isEqualTo(300);
    assertThat(loop.lateStarts()).isEqualTo(20);
    // the first due at 1000 ms started at 1100 ms
    assertThat(loop.maxLagNanos()).isEqualTo(100 * MS);
    assertThat(starts.stream().filter(t -> t == t0 + 1_100 * MS).count()).isEqualTo(21);
    assertThat(r.maxLatencyMillis()).isCloseTo(101, within(0.1));
    assertThat(loop.askedRatePerSecond()).isCloseTo(200, within(1e-6));
  }

  /** 1/300 s does not add up exactly in binary: 10 s at 300/s is still 3,000 attempts. */
  @Test
  void a_rate_whose_interval_is_not_exact_gives_rate_times_duration_attempts() {
    VirtualClock clock = new VirtualClock();
    long t0 = clock.nanoTime();
    long[] started = {0};
    OpenLoop loop =
        new OpenLoop(
            clock,
            new RateProfile.Constant(300),
            t0,
            t0 + 10_000 * MS,
            OptionalLong.empty(),
            t0,
            (due, measured) -> started[0]++,
            () -> {},
            Duration.ZERO);
    loop.start();
    clock.advance(Duration.ofSeconds(11));
    assertThat(started[0]).isEqualTo(3000);
    assertThat(loop.done()).isTrue();
  }

  /**
   * A grain of 250 us at 10,000/s: the generator wakes once per grain (not once per attempt), every
   * attempt starts at or after its due time and less than one grain after it, none late, and the
   * count and asked rate are those of the schedule.
   */
  @Test
  void a_grain_wakes_once_per_grain_and_starts_each_attempt_within_it() {
    VirtualClock clock = new VirtualClock();
    long t0 = clock.nanoTime();
    Counting counting = new Counting(clock, new long[1]);
    List<long[]> starts = new ArrayList<>(); // {due, started}
    OpenLoop loop =
        new OpenLoop(
            counting,
            new RateProfile.Constant(10_000),
            t0,
            t0 + 100 * MS,
            OptionalLong.empty(),
            t0,
            (due, measured) -> starts.add(new long[] {due, clock.nanoTime()}),
            () -> {},
            Duration.ofNanos(250_000));
    loop.start();
    clock.advance(Duration.ofMillis(200));
    assertThat(starts).hasSize(1000);
    assertThat(loop.done()).isTrue();
    // one wake-up per 250 us over 100 ms (and the first), not one per attempt
    assertThat(counting.wakeUps()[0]).isBetween(400L, 402L);
    for (long[] s : starts) {
      assertThat(s[1] - s[0]).isBetween(0L, 250_000L - 1);
    }
    assertThat(starts.stream().filter(s -> s[1] > s[0]).count()).isGreaterThan(500);
    assertThat(loop.lateStarts()).isZero();
    assertThat(loop.askedRatePerSecond()).isCloseTo(10_000, within(1e-6));
  }

  @Test
  void a_grain_of_one_late_interval_or_more_is_refused() {
    VirtualClock clock = new VirtualClock();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new OpenLoop(
                    clock,
                    new RateProfile.Constant(1),
                    0,
                    1,
                    OptionalLong.empty(),
                    0,
                    (due, measured) -> {},
                    () -> {},
                    OpenLoop.LATE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The time of {@link #clock()}; how timers are placed is each implementation's. */
  private interface OnVirtualClock extends TimerService {
    VirtualClock clock();

    @Override
    default long nanoTime() {
      return clock().nanoTime();
    }

    @Override
    default long currentTimeMillis() {
      return clock().currentTimeMillis();
    }
  }

  /** Timers falling due inside [from, to) fire at {@code to}. */
  private record Stalling(VirtualClock clock, long from, long to) implements OnVirtualClock {
    @Override
    public Timer schedule(Duration delay, Runnable task) {
      long due = clock.nanoTime() + delay.toNanos();
      if (due >= from && due < to) {
        return clock.schedule(Duration.ofNanos(to - clock.nanoTime()), task);
      }
      return clock.schedule(delay, task);
    }
  }

  /** Timers as asked, counted in {@code wakeUps[0]}. */
  private record Counting(VirtualClock clock, long[] wakeUps) implements OnVirtualClock {
    @Override
    public Timer schedule(Duration delay, Runnable task) {
      wakeUps[0]++;
      return clock.schedule(delay, task);
    }
  }
}
