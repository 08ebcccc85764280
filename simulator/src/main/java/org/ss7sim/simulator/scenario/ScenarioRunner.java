package org.ss7sim.simulator.scenario;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.simulator.config.scenario.HoldTime;
import org.ss7sim.simulator.config.scenario.LocationQuery;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.config.scenario.TimedEvent;
import org.ss7sim.simulator.config.scenario.TrafficOptions;
import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.Msc;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.Ssp;
import org.ss7sim.simulator.report.ResultRecorder;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.simulator.smsc.Esme;

/**
 * Runs one scenario on a started network: each traffic source starts attempts at its rate from its
 * node until its count or duration (or the scenario's) is reached; timed events are applied at
 * their times; then the run waits (bounded) for the attempts in progress to end. Attempts still
 * without an outcome then count as {@code timeout}.
 */
public final class ScenarioRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ScenarioRunner.class);
  private static final Duration DRAIN = Duration.ofSeconds(10);

  /** What a run produced. */
  public record Report(List<ScenarioResult> results, List<String> unmet, List<String> leaks) {
    public boolean ok() {
      return unmet.isEmpty() && leaks.isEmpty();
    }
  }

  private final SimNetwork net;
  private final Scenario scenario;
  private final PrintWriter progress;
  private final Events events;
  private final ScheduledExecutorService clock =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "scenario");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, AtomicLong> flowsPerKind = new ConcurrentHashMap<>();
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final AtomicInteger outstanding = new AtomicInteger();
  private final List<Source> sources = new ArrayList<>();
  private long t0;
  private volatile long deadlineNanos;

  private record Pending(ResultRecorder recorder, long start, AtomicBoolean reported) {}

  private final class Source {
    final TrafficSource config;
    final ResultRecorder recorder;
    final NumberPicker to;
    final NumberPicker calling;
    final Random random;
    long attempts;
    volatile boolean done;

    Source(TrafficSource config, long seed) {
      this.config = config;
      this.recorder =
          new ResultRecorder(
              new ScenarioResult(config.name(), config.kind().name().toLowerCase(Locale.ROOT)));
      this.to = new NumberPicker(config.to(), net.config(), seed);
      this.calling =
          config.options() instanceof TrafficOptions.CallOptions c && c.calling().isPresent()
              ? new NumberPicker(c.calling().get(), net.config(), seed + 1)
              : null;
      this.random = new Random(seed + 2);
    }
  }

  private ScenarioRunner(SimNetwork net, Scenario scenario, PrintWriter progress) {
    this.net = net;
    this.scenario = scenario;
    this.progress = progress;
    this.events = new Events(net);
  }

  /**
   * Runs {@code scenario}; {@code maxDuration} (or null) caps the run like the scenario's own
   * duration. {@code progress} (or null) gets a live line.
   */
  public static Report run(
      SimNetwork net, Scenario scenario, Duration maxDuration, PrintWriter progress)
      throws Exception {
    return new ScenarioRunner(net, scenario, progress).execute(maxDuration);
  }

  private Report execute(Duration maxDuration) throws Exception {
    Duration limit = scenario.duration().orElse(null);
    if (maxDuration != null && (limit == null || maxDuration.compareTo(limit) < 0)) {
      limit = maxDuration;
    }
    t0 = System.nanoTime();
    deadlineNanos = limit == null ? Long.MAX_VALUE : t0 + limit.toNanos();
    long seed = scenario.seed();
    for (TrafficSource t : scenario.traffic()) {
      Source s = new Source(t, seed);
      seed += 101;
      sources.add(s);
      clock.schedule(() -> tick(s), t.start().toNanos(), TimeUnit.NANOSECONDS);
    }
    for (TimedEvent e : scenario.events()) {
      clock.schedule(() -> events.apply(e), e.at().toNanos(), TimeUnit.NANOSECONDS);
    }
    long lastProgress = 0;
    long drainUntil = Long.MAX_VALUE;
    while (true) {
      long now = System.nanoTime();
      boolean sourcesDone = sources.stream().allMatch(s -> s.done);
      boolean eventsDone = events.applied() >= scenario.events().size() || now >= deadlineNanos;
      if (sourcesDone && eventsDone) {
        if (outstanding.get() == 0) {
          break;
        }
        if (drainUntil == Long.MAX_VALUE) {
          drainUntil = now + DRAIN.toNanos();
        } else if (now > drainUntil) {
          break;
        }
      }
      if (progress != null && now - lastProgress > 500_000_000L) {
        lastProgress = now;
        progress.print("\r" + progressLine(now));
        progress.flush();
      }
      Thread.sleep(20);
    }
    clock.shutdownNow();
    for (Pending p : pending.values()) {
      if (p.reported().compareAndSet(false, true)) {
        p.recorder().failure("timeout", System.nanoTime());
      }
    }
    if (progress != null) {
      progress.println("\r" + progressLine(System.nanoTime()));
    }
    List<ScenarioResult> results = new ArrayList<>();
    List<String> unmet = new ArrayList<>();
    for (Source s : sources) {
      ScenarioResult r = s.recorder.result();
      results.add(r);
      unmet.addAll(Expectation.unmet(s.config.name(), s.config.expect(), r));
    }
    unmet.addAll(events.problems());
    List<String> leaks =
        outstanding.get() == 0 ? net.awaitNoLeaks(Duration.ofSeconds(5)) : List.of();
    return new Report(results, unmet, leaks);
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

  private void tick(Source s) {
    long now = System.nanoTime();
    Duration elapsed = Duration.ofNanos(now - t0 - s.config.start().toNanos());
    boolean countReached =
        s.config.count().isPresent() && s.attempts >= s.config.count().getAsLong();
    boolean timeUp =
        now >= deadlineNanos
            || (s.config.duration().isPresent()
                && elapsed.compareTo(s.config.duration().get()) >= 0);
    if (countReached || timeUp) {
      s.done = true;
      return;
    }
    double rate = s.config.rate().rateAt(elapsed);
    if (rate <= 0) {
      clock.schedule(() -> tick(s), 100, TimeUnit.MILLISECONDS);
      return;
    }
    s.attempts++;
    try {
      attempt(s);
    } catch (RuntimeException e) {
      LOG.warn("traffic source {}: attempt failed to start", s.config.name(), e);
    }
    clock.schedule(() -> tick(s), (long) (1e9 / rate), TimeUnit.NANOSECONDS);
  }

  private void attempt(Source s) {
    String kind = s.config.kind().name().toLowerCase(Locale.ROOT);
    String flow =
        kind + "-" + flowsPerKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    long start = System.nanoTime();
    Pending p = new Pending(s.recorder, start, new AtomicBoolean());
    s.recorder.attempt(start);
    pending.put(flow, p);
    outstanding.incrementAndGet();
    Attempt a = new Attempt(flow, p);
    SimNode origin = net.node(s.config.from()).orElse(null);
    switch (s.config.kind()) {
      case CALL -> {
        if (origin == null || !(origin.logic().orElse(null) instanceof Ssp ssp)) {
          a.fail("no_switch_" + s.config.from());
          return;
        }
        TrafficOptions.CallOptions o = (TrafficOptions.CallOptions) s.config.options();
        String to = s.to.next();
        String calling = s.calling == null ? "" : s.calling.next();
        Duration hold = hold(o.hold(), s.random);
        origin.execute(() -> ssp.placeCall(flow, to, calling, hold, a));
      }
      case SMS -> {
        if (!(net.attachment(s.config.from()).orElse(null) instanceof Esme esme)) {
          a.fail("no_esme_" + s.config.from());
          return;
        }
        TrafficOptions.SmsOptions o = (TrafficOptions.SmsOptions) s.config.options();
        esme.submit(flow, s.to.next(), o, a);
      }
      case LOCATION -> {
        TrafficOptions.LocationOptions o = (TrafficOptions.LocationOptions) s.config.options();
        if (origin == null || !(origin.logic().orElse(null) instanceof Msc msc)) {
          a.fail("not_supported");
          return;
        }
        String to = s.to.next();
        LocationQuery q = o.query();
        origin.execute(() -> msc.query(q, flow, to, a));
      }
      case USSD -> {
        TrafficOptions.UssdOptions o = (TrafficOptions.UssdOptions) s.config.options();
        if (origin == null || !(origin.logic().orElse(null) instanceof Msc msc)) {
          a.fail("not_supported");
          return;
        }
        String to = s.to.next();
        origin.execute(() -> msc.ussd(flow, to, o.text(), reply -> {}, a));
      }
      default -> a.fail("not_supported");
    }
  }

  private static Duration hold(HoldTime h, Random random) {
    if (h instanceof HoldTime.Fixed f) {
      return f.duration();
    }
    if (h instanceof HoldTime.Uniform u) {
      long min = u.min().toNanos();
      long max = u.max().toNanos();
      return Duration.ofNanos(min + (long) (random.nextDouble() * (max - min)));
    }
    HoldTime.Exponential e = (HoldTime.Exponential) h;
    double x = -Math.log(1 - random.nextDouble()) * e.mean().toNanos();
    return Duration.ofNanos(Math.min((long) x, e.mean().toNanos() * 10));
  }

  /** One attempt's listener: records its outcome once and counts it ended once. */
  private final class Attempt
      implements Ssp.CallListener, org.ss7sim.simulator.node.AttemptListener {
    final String flow;
    final Pending p;
    final AtomicBoolean ended = new AtomicBoolean();

    Attempt(String flow, Pending p) {
      this.flow = flow;
      this.p = p;
    }

    @Override
    public void onOutcome(Outcome o) {
      if (p.reported().compareAndSet(false, true)) {
        if (o.success()) {
          p.recorder().success(p.start(), o.endNanos());
        } else {
          p.recorder().failure(o.cause(), o.endNanos());
        }
      }
    }

    @Override
    public void onEnded() {
      if (ended.compareAndSet(false, true)) {
        pending.remove(flow);
        outstanding.decrementAndGet();
      }
    }

    void fail(String cause) {
      onOutcome(Outcome.failed(cause));
      onEnded();
    }
  }
}
