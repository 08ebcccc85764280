package org.ss7sim.simulator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ss7sim.simulator.bench.Bench;
import org.ss7sim.simulator.bench.BenchKind;
import org.ss7sim.simulator.bench.BenchNetwork;
import org.ss7sim.simulator.bench.Conditions;
import org.ss7sim.simulator.bench.Measurement;
import org.ss7sim.simulator.bench.RatePlot;
import org.ss7sim.simulator.config.Problem;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.NetworkValidator;
import org.ss7sim.simulator.report.HtmlReport;
import org.ss7sim.simulator.report.NetworkSnapshot;
import org.ss7sim.simulator.report.ResultsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ss7sim bench sms|calls|tollfree [NETWORK]}: open-loop load, conditions printed. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Load a network in this JVM (the demo network unless NETWORK is given) with open-loop traffic"
          + " of one kind and measure it: attempts start on schedule whatever happens to earlier"
          + " ones, latency counts from the scheduled start.",
      "sms: submit_sm to DELIVRD receipt; calls: ISUP IAM to ANM (answered at once); tollfree:"
          + " the same through the SCP (INAP). Every figure is printed with the JDK, cores, heap,"
          + " transport, store and load average it was measured under."
    })
final class BenchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "sms, calls or tollfree.")
  String kind;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "NETWORK.yaml",
      description = "The network (default: the demo network with 4,000 circuits, answer at once).")
  Path network;

  @Option(
      names = "--rate",
      paramLabel = "R",
      defaultValue = "1000",
      description = "Attempts per second (default: ${DEFAULT-VALUE}; with --find-max, the first).")
  double rate;

  @Option(
      names = "--duration",
      paramLabel = "D",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "Measured time of each run (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(
      names = "--warmup",
      paramLabel = "W",
      defaultValue = "2s",
      converter = WarmupConverter.class,
      description =
          "Load at the same rate before each measured run, not recorded (default:"
              + " ${DEFAULT-VALUE}; 0 for none).")
  Duration warmup;

  @Option(
      names = "--jit-warmup",
      paramLabel = "MAX",
      defaultValue = "90s",
      converter = WarmupConverter.class,
      description =
          "Before the first run, load at half its rate in 5 s steps until the JIT compiler goes"
              + " quiet (under 5% of a step compiling), at most MAX (default: ${DEFAULT-VALUE}; 0"
              + " for none).")
  Duration jitWarmup;

  @Option(
      names = "--find-max",
      description = "Search the highest rate whose p99 stays within --p99 with nothing lost.")
  boolean findMax;

  @Option(
      names = "--p99",
      paramLabel = "D",
      defaultValue = "10ms",
      converter = DurationConverter.class,
      description = "The p99 bound of --find-max (default: ${DEFAULT-VALUE}).")
  Duration p99;

  @Option(
      names = "--max-runs",
      paramLabel = "N",
      defaultValue = "8",
      description = "At most N measured runs for --find-max (default: ${DEFAULT-VALUE}).")
  int maxRuns;

  @Option(
      names = "--transport",
      paramLabel = "T",
      defaultValue = "tcp",
      description =
          "Links of the demo network: tcp (loopback) or injvm (default: ${DEFAULT-VALUE}).")
  String transport;

  @Option(
      names = "--store",
      paramLabel = "S",
      defaultValue = "embedded",
      description =
          "SMSC store: embedded (H2 files in a temporary directory) or memory (default:"
              + " ${DEFAULT-VALUE}).")
  String store;

  @Option(
      names = "--from",
      paramLabel = "NODE",
      description = "Originating node (default: the demo's).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "NUMBERS",
      description = "Called numbers as in a scenario's 'to' (default: the demo's).")
  String to;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Write the results (one scenario per measured run) to FILE.")
  Path json;

  @Option(
      names = "--report",
      paramLabel = "FILE.html",
      description =
          "Write the HTML report (the network at the end, every measured run's latency histogram and"
              + " rate over time) to FILE.")
  Path report;

  @Option(
      names = "--plot",
      paramLabel = "FILE.svg",
      description = "Write offered rate against p50/p99 as SVG.")
  Path plot;

  @Override
  public Integer call() throws Exception {
    BenchKind k =
        Stream.of(BenchKind.values())
            .filter(b -> b.cliName().equals(kind))
            .findFirst()
            .orElseThrow(
                () -> new BadInputException("unknown kind '" + kind + "' (sms, calls, tollfree)"));
    if (!transport.equals("tcp") && !transport.equals("injvm")) {
      throw new BadInputException("--transport must be tcp or injvm, not '" + transport + "'");
    }
    if (!store.equals("embedded") && !store.equals("memory")) {
      throw new BadInputException("--store must be embedded or memory, not '" + store + "'");
    }
    if (!(rate > 0) || rate > 1_000_000) {
      throw new BadInputException("--rate must be above 0 and at most 1000000");
    }
    if (maxRuns < 1 || maxRuns > 20) {
      throw new BadInputException("--max-runs must be 1 to 20");
    }
    Inputs.writableFile(json, "--json");
    Inputs.writableFile(plot, "--plot");
    Inputs.writableFile(report, "--report");
    Network net;
    if (network == null) {
      net = BenchNetwork.of(transport);
    } else {
      if (spec.commandLine().getParseResult().hasMatchedOption("--transport")) {
        throw new BadInputException(
            "--transport applies to the demo network; set defaults.transport in " + network);
      }
      net = NetworkFiles.load(network);
      List<Problem> problems = NetworkValidator.validate(net);
      if (!problems.isEmpty()) {
        throw new BadInputException(problems.get(0).location() + ": " + problems.get(0).message());
      }
    }
    Bench.Traffic defaults = Bench.Traffic.defaults(k);
    Bench.Traffic traffic =
        new Bench.Traffic(from == null ? defaults.from() : from, to == null ? defaults.to() : to);
    PrintWriter out = spec.commandLine().getOut();
    Path storeDir = Files.createTempDirectory("ss7sim-bench");
    try (Bench bench =
        Bench.start(
            k,
            traffic,
            net,
            network == null ? transport : "as in " + network,
            store.equals("memory"),
            storeDir)) {
      out.printf(
          Locale.ROOT,
          "bench %s on network %s (%d nodes, links up in %d ms), open loop, warm-up %s per run%n",
          k.cliName(),
          net.name(),
          bench.network().nodes().size(),
          bench.network().startup().toMillis(),
          warmup.isZero() ? "none" : warmup.toString().substring(2).toLowerCase(Locale.ROOT));
      out.println("conditions: " + bench.conditions().line());
      out.flush();
      if (!jitWarmup.isZero()) {
        out.println(bench.warmJit(rate, jitWarmup).line());
        out.flush();
      }
      List<Measurement> runs;
      boolean ok;
      if (findMax) {
        runs = bench.findMax(rate, p99, duration, warmup, jitWarmup, maxRuns, out);
        Measurement best =
            runs.stream()
                .filter(m -> m.within(p99))
                .max(Comparator.comparingDouble(m -> m.result().askedRatePerSecond()))
                .orElse(null);
        ok = best != null;
        out.println(
            best == null
                ? String.format(
                    Locale.ROOT,
                    "no rate tried kept p99 within %d ms with nothing lost",
                    p99.toMillis())
                : String.format(
                    Locale.ROOT,
                    "highest rate with p99 ≤ %s ms and nothing lost: %.0f/s (p50 %.2f ms, p99 %.2f"
                        + " ms, %.1f µs CPU per attempt)",
                    p99.toNanos() / 1e6,
                    best.result().askedRatePerSecond(),
                    best.result().latencyMillis(50),
                    best.result().latencyMillis(99),
                    best.cpuMicrosPerAttempt()));
      } else {
        Measurement m = bench.measure(rate, duration, warmup);
        runs = List.of(m);
        out.println(m.line());
        ok = m.lost() == 0 && m.leaks().isEmpty();
      }
      for (Measurement m : runs) {
        for (String leak : m.leaks()) {
          out.println("LEAK: " + leak);
        }
      }
      out.println("conditions at the end: " + bench.conditions().line());
      if (json != null) {
        writeJson(ok, runs);
      }
      if (plot != null) {
        Files.writeString(plot, RatePlot.svg(k.cliName() + " (" + transport + ")", runs));
      }
      if (report != null) {
        // Bench runs without a tracer (no per-message cost), so the report has no ladders.
        HtmlReport.write(
            report,
            "bench " + k.cliName() + " (" + transport + ")",
            ok,
            runs.stream().map(Measurement::result).toList(),
            List.of(),
            new HtmlReport.Extras(NetworkSnapshot.capture(bench.network()), List.of(), null));
      }
      return ok ? ExitCode.OK : ExitCode.FAILED;
    } finally {
      deleteTree(storeDir);
    }
  }

  private void writeJson(boolean ok, List<Measurement> runs) throws IOException {
    ObjectNode root = ResultsJson.toJson(ok, runs.stream().map(Measurement::result).toList());
    ArrayNode scenarios = (ArrayNode) root.get("scenarios");
    for (int i = 0; i < runs.size(); i++) {
      Measurement m = runs.get(i);
      ObjectNode s = (ObjectNode) scenarios.get(i);
      s.put("cpu_us_per_attempt", Math.round(m.cpuMicrosPerAttempt() * 10) / 10.0);
      s.put("cpu_percent", Math.round(m.cpuPercent()));
      Conditions c = m.conditions();
      ObjectNode cond = s.putObject("conditions");
      cond.put("jdk", c.jdk());
      cond.put("cores", c.cores());
      cond.put("max_heap_mb", c.maxHeapBytes() >> 20);
      cond.put("gc", c.gc());
      cond.put("transport", c.transport());
      cond.put("store", c.store());
      cond.put("load_average", Math.round(c.loadAverage() * 100) / 100.0);
      cond.put("at", c.at().toString());
    }
    JSON.writeValue(json.toFile(), root);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }

  /** A duration as {@link DurationConverter}, or 0 for none. */
  static final class WarmupConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.trim();
      if (v.equals("0") || v.equals("0s") || v.equals("0ms")) {
        return Duration.ZERO;
      }
      return new DurationConverter().convert(value);
    }
  }
}
