package org.ss7sim.simulator.scenario;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.config.scenario.TimedEvent;
import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.report.ProgressLine;
import org.ss7sim.simulator.report.ResultRecorder;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.simulator.traffic.Attempt;
import org.ss7sim.simulator.traffic.NumberPicker;
import org.ss7sim.simulator.traffic.Traffic;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * Runs one scenario on a started network: each traffic source starts attempts at its rate from its
 * node until its count or duration (or the scenario's) is reached; timed events are applied at
 * their times; then the run waits (bounded) for the attempts in progress to end. Attempts still
 * without an outcome then count as {@code timeout}.
 *
 * <p>Load is open loop ({@link OpenLoop}): each attempt is due at a time its source's rate fixes,
 * whatever happened to earlier attempts, and its latency is measured from that due time, so a
 * network (or generator) that falls behind shows it in the latencies rather than in a lower rate
 * quietly asked. Each result carries the asked rate and the attempts that did not start on time.
 *
 * <p>Everything is driven by the run's clock ({@link SimNetwork#clock}): sources and events are
 * timers on it, and the end of the run is a signal completed by the last event that matters (a
 * source done, an event applied, an attempt ended, the drain timer), never a poll.
 */
public final class ScenarioRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ScenarioRunner.class);
  private static final Duration DRAIN = Duration.ofSeconds(10);
  private static final Duration PROGRESS = Duration.ofMillis(500);

  /** What a run produced. */
  public record Report(
      List<ScenarioResult> results,
      List<String> unmet,
      List<String> leaks,
      Map<String, String> failedFlows) {
    public Report(List<ScenarioResult> results, List<String> unmet, List<String> leaks) {
      this(results, unmet, leaks, Map.of());
    }

    /** Flows that failed (the first FAILED_FLOWS_KEPT of them), flow id → cause, in order. */
    public Report {
      failedFlows =
          java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(failedFlows));
    }

    public boolean ok() {
      return unmet.isEmpty() && leaks.isEmpty();
    }
  }

  /** How many failed flows a report names (for ladders of failed flows). */
  public static final int FAILED_FLOWS_KEPT = 100;

  private final Map<String, String> failedFlows = new java.util.LinkedHashMap<>();
  private final SimNetwork net;
  private final Scenario scenario;
  private final PrintWriter progress;
  private final ProgressLine liveLine;
  private final Events events;
  private final Checks checks;
  private final TimerService clock;
  private final Map<String, Long> flowsPerKind = new ConcurrentHashMap<>();
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final AtomicInteger outstanding = new AtomicInteger();
  private final List<Source> sources = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final CompletableFuture<Void> finished = new CompletableFuture<>();
  private long t0;
  private long deadlineNanos;
  private boolean deadlinePassed;
  private Timer drain;
  private Timer progressTimer;

  /** An attempt under way; {@code recorder} is null for a warm-up attempt (not recorded). */
  private record Pending(ResultRecorder recorder, long start, AtomicBoolean reported) {}

  private final class Source {
    final TrafficSource config;
    final ResultRecorder recorder;
    final NumberPicker to;
    final Traffic traffic;
    OpenLoop schedule;
    boolean done;

    Source(TrafficSource config, long seed) {
      this.config = config;
      this.recorder =
          new ResultRecorder(new ScenarioResult(config.name(), config.kind().yamlName()));
      this.to = new NumberPicker(config.to(), net.config(), seed);
      this.traffic = Traffic.of(config, net, seed);
    }
  }

  private ScenarioRunner(SimNetwork net, Scenario scenario, PrintWriter progress) {
    this.net = net;
    this.scenario = scenario;
    this.progress = progress;
    this.liveLine = progress == null ? null : ProgressLine.on(progress);
    this.events = new Events(net);
    this.checks = new Checks(net, scenario.checks());
    this.clock = net.clock();
  }

  /**
   * Runs {@code scenario}; {@code maxDuration} (or null) caps the run like the scenario's own
   * duration. {@code progress} (or null) gets a live line.
   */
  public static Report run(
      SimNetwork net, Scenario scenario, Duration maxDuration, PrintWriter progress)
      throws Exception {
    return run(net, scenario, maxDuration, progress, Duration.ZERO);
  }

  /**
   * As above; attempts scheduled in the first {@code warmup} of the run are made but not recorded
   * (the run lasts {@code maxDuration} in all, warm-up included).
   */
  public static Report run(
      SimNetwork net,
      Scenario scenario,
      Duration maxDuration,
      PrintWriter progress,
      Duration warmup)
      throws Exception {
    return new ScenarioRunner(net, scenario, progress).execute(maxDuration, warmup);
  }

  /**
   * A scenario started with {@link #start}: its report once it has ended, its results so far (each
   * read under its own monitor), and a way to end it early (sources stop, attempts in flight
   * drain).
   */
  public record Running(
      CompletableFuture<Report> report,
      java.util.function.Supplier<List<ScenarioResult>> live,
      Runnable stop) {}

  /** Starts {@code scenario} on {@code executor} (the control API's traffic sources). */
  public static Running start(
      SimNetwork net, Scenario scenario, java.util.concurrent.Executor executor) {
    ScenarioRunner r = new ScenarioRunner(net, scenario, null);
    CompletableFuture<Report> report = new CompletableFuture<>();
    executor.execute(
        () -> {
          try {
            report.complete(r.execute(null, Duration.ZERO));
          } catch (Exception | Error e) {
            report.completeExceptionally(e);
          }
        });
    return new Running(
        report,
        () -> r.sources.stream().map(s -> s.recorder.result()).toList(),
        () ->
            r.onClock(
                () -> {
                  r.deadlineNanos = r.clock.nanoTime();
                  r.deadlinePassed = true;
                  for (Source s : r.sources) {
                    s.schedule.stop();
                  }
                  r.check();
                }));
  }

  private Report execute(Duration maxDuration, Duration warmup) throws Exception {
    Duration limit = scenario.duration().orElse(null);
    if (maxDuration != null && (limit == null || maxDuration.compareTo(limit) < 0)) {
      limit = maxDuration;
    }
    Duration runLimit = limit;
    onClock(
        () -> {
          t0 = clock.nanoTime();
          deadlineNanos = runLimit == null ? Long.MAX_VALUE : t0 + runLimit.toNanos();
          long seed = scenario.seed();
          for (TrafficSource t : scenario.traffic()) {
            Source s = new Source(t, seed);
            seed += 101;
            sources.add(s);
            long begin = t0 + t.start().toNanos();
            long end = deadlineNanos;
            if (t.duration().isPresent()) {
              end = Math.min(end, begin + t.duration().get().toNanos());
            }
            s.recorder.result().origin(t0);
            s.schedule =
                new OpenLoop(
                    clock,
                    t.rate(),
                    begin,
                    end,
                    t.count(),
                    t0 + warmup.toNanos(),
                    (due, measured) -> attempt(s, due, measured),
                    () -> {
                      s.done = true;
                      check();
                    },
                    net.virtualTime().isEmpty() ? OpenLoop.REAL_TIME_GRAIN : Duration.ZERO);
            s.schedule.start();
          }
          for (TimedEvent e : scenario.events()) {
            clock.schedule(
                e.at(),
                () -> {
                  events.apply(e);
                  check();
                });
          }
          checks.schedule(this::check);
          if (runLimit != null) {
            clock.schedule(
                runLimit,
                () -> {
                  deadlinePassed = true;
                  check();
                });
          }
          if (progress != null && net.virtualTime().isEmpty()) {
            progressTimer = clock.schedule(PROGRESS, this::progress);
          }
          check();
        });
    net.await(finished, null);
    CompletableFuture<Void> closed = new CompletableFuture<>();
    onClock(
        () -> {
          if (progressTimer != null) {
            progressTimer.cancel();
          }
          if (drain != null) {
            drain.cancel();
          }
          long now = clock.nanoTime();
          for (Pending p : pending.values()) {
            if (p.reported().compareAndSet(false, true) && p.recorder() != null) {
              p.recorder().failure("timeout", now);
            }
          }
          if (progress != null) {
            liveLine.finish(progressLine(now));
          }
          closed.complete(null);
        });
    net.await(closed, null);
    List<ScenarioResult> results = new ArrayList<>();
    List<String> unmet = new ArrayList<>();
    for (Source s : sources) {
      ScenarioResult r = s.recorder.result();
      synchronized (r) {
        r.asked(s.schedule.askedRatePerSecond());
        r.lateStarts(s.schedule.lateStarts(), s.schedule.maxLagNanos());
      }
      results.add(r);
      unmet.addAll(Expectation.unmet(s.config.name(), s.config.expect(), r));
    }
    unmet.addAll(events.problems());
    unmet.addAll(checks.unmet());
    List<String> leaks =
        outstanding.get() == 0 ? net.awaitNoLeaks(Duration.ofSeconds(5)) : List.of();
    synchronized (failedFlows) {
      return new Report(results, unmet, leaks, failedFlows);
    }
  }

  /** Runs {@code task} on the run's clock thread. */
  private void onClock(Runnable task) {
    clock.schedule(Duration.ZERO, task);
  }

  /** Whether the run is over (on the clock's thread): completes {@link #finished} when it is. */
  private void check() {
    if (finished.isDone()) {
      return;
    }
    boolean sourcesDone = sources.stream().allMatch(s -> s.done);
    boolean eventsDone =
        (events.applied() >= scenario.events().size() && checks.done()) || deadlinePassed;
    if (!sourcesDone || !eventsDone) {
      return;
    }
    if (outstanding.get() == 0) {
      finished.complete(null);
    } else if (drain == null) {
      drain = clock.schedule(DRAIN, () -> finished.complete(null));
    }
  }

  private void progress() {
    long now = clock.nanoTime();
    liveLine.update(now - t0, progressLine(now));
    progressTimer = clock.schedule(PROGRESS, this::progress);
  }

  private String progressLine(long now) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "[%5.1fs]", (now - t0) / 1e9));
    for (Source s : sources) {
      ScenarioResult r = s.recorder.result();
      synchronized (r) {
        sb.append(
            String.format(
                Locale.ROOT,
                " %s %d/%d ok %d fail %d |",
                s.config.name(),
                r.succeeded() + r.failedTotal(),
                r.attempted(),
                r.succeeded(),
                r.failedTotal()));
      }
    }
    return sb.toString();
  }

  private void attempt(Source s, long due, boolean measured) {
    String kind = s.config.kind().yamlName();
    long n = flowsPerKind.merge(kind, 1L, Long::sum);
    String flow = kind + "-" + n;
    Pending p = new Pending(measured ? s.recorder : null, due, new AtomicBoolean());
    if (measured) {
      s.recorder.attempt(due);
    }
    pending.put(flow, p);
    outstanding.incrementAndGet();
    try {
      s.traffic.start(flow, s.to.next(), new Listener(flow, p));
    } catch (RuntimeException e) {
      LOG.warn("traffic source {}: attempt failed to start", s.config.name(), e);
      new Listener(flow, p).fail("not_started");
    }
  }

  /** One attempt's listener: records its outcome once and counts it ended once. */
  private final class Listener implements Attempt {
    final String flow;
    final Pending p;
    final AtomicBoolean ended = new AtomicBoolean();

    Listener(String flow, Pending p) {
      this.flow = flow;
      this.p = p;
    }

    @Override
    public void onOutcome(Outcome o) {
      long now = clock.nanoTime();
      if (p.reported().compareAndSet(false, true) && p.recorder() != null) {
        if (o.success()) {
          p.recorder().success(p.start(), now);
        } else {
          p.recorder().failure(o.cause(), now);
          synchronized (failedFlows) {
            if (failedFlows.size() < FAILED_FLOWS_KEPT) {
              failedFlows.put(flow, o.cause());
            }
          }
        }
      }
    }

    @Override
    public void onEnded() {
      if (ended.compareAndSet(false, true)) {
        pending.remove(flow);
        outstanding.decrementAndGet();
        net.observed();
        onClock(ScenarioRunner.this::check);
      }
    }
  }
}
