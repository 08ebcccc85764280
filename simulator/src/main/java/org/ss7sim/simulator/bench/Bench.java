package org.ss7sim.simulator.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ss7sim.simulator.app.Esmes;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.simulator.scenario.ScenarioRunner;

/**
 * A started network under open-loop load: {@link #measure} runs one kind at one rate (after a
 * warm-up at that rate, not recorded), {@link #findMax} searches the highest rate meeting a p99
 * bound with nothing lost. Every node and the generator run in this JVM; no pcap and no ladders are
 * kept.
 */
public final class Bench implements AutoCloseable {
  /** Where attempts start and go: defaults are the demo network's. */
  public record Traffic(String from, String to) {
    public static Traffic defaults(BenchKind kind) {
      return switch (kind) {
        case SMS -> new Traffic("esme1", "{subscribers: attached}");
        case CALLS -> new Traffic("ssp-a", "{range: \"9992021000-9992021999\"}");
        case TOLLFREE -> new Traffic("ssp-a", "\"08001234567\"");
      };
    }
  }

  private final BenchKind kind;
  private final Traffic traffic;
  private final String transport;
  private final String store;
  private final SimNetwork net;
  private int runs;

  private Bench(BenchKind kind, Traffic traffic, String transport, String store, SimNetwork net) {
    this.kind = kind;
    this.traffic = traffic;
    this.transport = transport;
    this.store = store;
    this.net = net;
  }

  /**
   * Starts {@code network} for {@code kind}; {@code memoryStore} puts SMSC stores in memory,
   * otherwise their H2 files go to {@code storeDir}.
   */
  public static Bench start(
      BenchKind kind,
      Traffic traffic,
      Network network,
      String transport,
      boolean memoryStore,
      Path storeDir)
      throws Exception {
    NodeKinds kinds = new NodeKinds(network, memoryStore, storeDir);
    SimNetwork net = SimNetwork.start(network, Set.of(), null, kinds::logicFor);
    try {
      Esmes.start(net, kinds);
    } catch (Exception | Error e) {
      net.close();
      throw e;
    }
    return new Bench(
        kind, traffic, transport, memoryStore ? "memory" : "embedded (journal + H2)", net);
  }

  public SimNetwork network() {
    return net;
  }

  /** The conditions now (load average included). */
  public Conditions conditions() {
    return Conditions.now(transport, store, net.clock().currentTimeMillis());
  }

  /**
   * Loads at half of {@code firstRate} until the JIT compiler has gone quiet, then at {@code
   * firstRate} until it is quiet again, at most {@code max} in all ({@link JitWarmup}); call once,
   * before the first measured run.
   */
  public JitWarmup.Outcome warmJit(double firstRate, Duration max) throws Exception {
    double half = Math.max(1, Math.rint(firstRate / 2));
    return warmJitAt(half == firstRate ? List.of(firstRate) : List.of(half, firstRate), max);
  }

  /** The bound of the JIT warm-up before each later run of a {@link #findMax} search. */
  static final Duration SEARCH_JIT_WARMUP = Duration.ofSeconds(30);

  /**
   * Loads at each of {@code rates} in turn until the JIT compiler is quiet, at most {@code max}.
   */
  private JitWarmup.Outcome warmJitAt(List<Double> rates, Duration max) throws Exception {
    return JitWarmup.run(
        rates,
        max,
        JitWarmup.jvmCompileMillis(),
        (r, length) -> ScenarioRunner.run(net, scenario("jit-warm-up", r, length), null, null));
  }

  /**
   * Runs {@code warmup} (unless zero) then {@code duration} at {@code rate}; measures the latter.
   */
  public Measurement measure(double rate, Duration duration, Duration warmup) throws Exception {
    runs++;
    if (!warmup.isZero()) {
      ScenarioRunner.run(net, scenario("warm-up", rate, warmup), null, null);
    }
    Conditions c = conditions();
    long cpu0 = Conditions.processCpuNanos();
    long wall0 = net.clock().nanoTime();
    ScenarioRunner.Report r =
        ScenarioRunner.run(net, scenario(name(rate), rate, duration), null, null);
    long wall = net.clock().nanoTime() - wall0;
    long cpu = Conditions.processCpuNanos() - cpu0;
    ScenarioResult result = r.results().get(0);
    return new Measurement(result, cpu, Duration.ofNanos(wall), c, r.leaks());
  }

  /**
   * Searches the highest rate whose run loses nothing and keeps p99 within {@code p99} ({@link
   * RateSearch}), at most {@code maxRuns} runs; every run is printed to {@code out} as it ends and
   * returned in order. Unless {@code jitWarmup} is zero, each run after the first is preceded by
   * load at its rate until the JIT compiler is quiet (at most {@link #SEARCH_JIT_WARMUP} or {@code
   * jitWarmup}, the shorter), printed too: the first rate was warmed by {@link #warmJit}, and a new
   * rate meets new profiles (a search whose 4,000/s run came right after 2,000/s had p99 13.5 ms
   * there against 7.1 ms at 3,750/s).
   */
  public List<Measurement> findMax(
      double startRate,
      Duration p99,
      Duration duration,
      Duration warmup,
      Duration jitWarmup,
      int maxRuns,
      PrintWriter out)
      throws Exception {
    List<Measurement> all = new ArrayList<>();
    Duration jitBound = jitWarmup.compareTo(SEARCH_JIT_WARMUP) < 0 ? jitWarmup : SEARCH_JIT_WARMUP;
    RateSearch.run(
        startRate,
        maxRuns,
        rate -> {
          if (!all.isEmpty() && !jitBound.isZero()) {
            out.println(warmJitAt(List.of(rate), jitBound).line());
          }
          Measurement m = measure(rate, duration, warmup);
          all.add(m);
          boolean ok = m.within(p99);
          out.println((ok ? "within  " : "outside ") + m.line());
          out.flush();
          return ok;
        });
    return all;
  }

  private String name(double rate) {
    return kind.cliName() + "-at-" + rateText(rate);
  }

  private Scenario scenario(String name, double rate, Duration duration) {
    String kindKey = kind == BenchKind.SMS ? "sms" : "call";
    String hold = kind == BenchKind.SMS ? "" : ", hold: 1ms";
    String yaml =
        String.format(
            Locale.ROOT,
            "name: bench\nseed: %d\ntraffic:\n"
                + "  - {name: %s, kind: %s, from: %s, to: %s, rate: %s, duration: %dms%s}\n",
            runs,
            name,
            kindKey,
            traffic.from(),
            traffic.to(),
            rateText(rate),
            Math.max(1, duration.toMillis()),
            hold);
    return ConfigLoader.parseScenario("bench", yaml);
  }

  private static String rateText(double rate) {
    return rate == Math.rint(rate)
        ? Long.toString((long) rate)
        : String.format(Locale.ROOT, "%.3f", rate);
  }

  @Override
  public void close() {
    net.close();
  }
}
