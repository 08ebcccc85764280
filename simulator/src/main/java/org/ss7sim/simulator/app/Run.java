package org.ss7sim.simulator.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.report.HtmlReport;
import org.ss7sim.simulator.report.Ladder;
import org.ss7sim.simulator.report.NetworkSnapshot;
import org.ss7sim.simulator.report.ReportLadders;
import org.ss7sim.simulator.report.ResultsJson;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.simulator.scenario.ScenarioRunner;
import org.ss7sim.simulator.trace.TraceEvent;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.transport.TransportUnavailableException;
import org.ss7sim.transport.loop.VirtualTime;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * One run of a scenario on a network in this process, with what the user sees: the live progress
 * line (on {@code err}), ladders of the first flow of each kind (call, SMS, handset call, handset
 * SMS, USSD, attack), the summary table, the unmet expectations and leaks, and the requested files.
 */
public final class Run {
  /** What to write besides the terminal output; null fields are not written. */
  public record Outputs(Path pcap, Path json, Path report, boolean wideLadders) {
    public Outputs(Path pcap, Path json, Path report) {
      this(pcap, json, report, false);
    }
  }

  /**
   * Flows of each kind kept in memory for ladders: failed ones among them go first in the report.
   */
  static final int REPORT_FLOWS_PER_KIND = 20;

  private Run() {}

  /**
   * How to run, besides the network and the scenario.
   *
   * @param duration how long the scenario runs (null: as the scenario says)
   * @param memoryStores SMSCs keep their messages in memory instead of the file store
   * @param storeDir where file stores live
   * @param virtualTime a discrete-event run on a virtual clock (implies memory stores)
   * @param startTimeout how long the start waits for the links (null: the network's default)
   */
  public record Settings(
      Duration duration,
      Outputs outputs,
      boolean memoryStores,
      Path storeDir,
      boolean virtualTime,
      Duration startTimeout) {
    /** Real time, file stores in {@code storeDir}, the default start timeout. */
    public static Settings of(Duration duration, Outputs outputs, Path storeDir) {
      return new Settings(duration, outputs, false, storeDir, false, null);
    }

    public Settings withMemoryStores() {
      return new Settings(duration, outputs, true, storeDir, virtualTime, startTimeout);
    }

    public Settings withVirtualTime(boolean on) {
      return new Settings(duration, outputs, memoryStores, storeDir, on, startTimeout);
    }

    public Settings withStartTimeout(Duration timeout) {
      return new Settings(duration, outputs, memoryStores, storeDir, virtualTime, timeout);
    }
  }

  /** Runs and returns whether every expectation held and nothing leaked. */
  public static boolean run(
      Network network, Scenario scenario, Settings settings, PrintWriter out, PrintWriter err)
      throws Exception {
    return run(network, scenario, settings, out, err, first -> {});
  }

  /**
   * As above; {@code firstFlows} gets the events of the first flow of each kind, by ladder title.
   */
  static boolean run(
      Network network,
      Scenario scenario,
      Settings settings,
      PrintWriter out,
      PrintWriter err,
      java.util.function.Consumer<Map<String, List<TraceEvent>>> firstFlows)
      throws Exception {
    Outputs outputs = settings.outputs();
    boolean virtualTime = settings.virtualTime();
    Map<String, List<TraceEvent>> first = new java.util.LinkedHashMap<>();
    PcapWriter pcap = outputs.pcap() == null ? null : PcapWriter.create(outputs.pcap());
    ScenarioRunner.Report report;
    NetworkSnapshot snapshot = null;
    List<Ladder> reportLadders = List.of();
    Map<String, Map<String, Map<String, Long>>> external;
    List<Ladder> ladders = new ArrayList<>();
    List<String> security = List.of();
    List<String> credit = List.of();
    org.ss7sim.simulator.report.SecurityResults loot =
        org.ss7sim.simulator.report.SecurityResults.NONE;
    org.ss7sim.simulator.report.SipResults sip = org.ss7sim.simulator.report.SipResults.NONE;
    try (Tracer tracer = new Tracer(pcap, REPORT_FLOWS_PER_KIND)) {
      NodeKinds kinds =
          new NodeKinds(network, settings.memoryStores() || virtualTime, settings.storeDir());
      VirtualTime virtual = virtualTime ? new VirtualTime() : null;
      SimNetwork net = start(network, Set.of(), tracer, kinds, virtual, settings.startTimeout());
      // a real-time run stops cleanly on SIGINT/SIGTERM (exit 0); a virtual one is one thread
      SignalStop signal =
          virtual == null
              ? SignalStop.install(
                  () -> {
                    net.close();
                    tracer.flush();
                  },
                  err)
              : null;
      try {
        Esmes.start(net, kinds);
        err.printf(
            Locale.ROOT,
            "network %s: %d nodes started, links active in %d ms%n",
            network.name(),
            net.nodes().size(),
            net.startup().toMillis());
        if (virtual == null) {
          awaitExternalLinks(net, err, settings.startTimeout());
        } else if (net.externalLinks().any()) {
          err.println("virtual time: the links to external nodes are not opened (all in this JVM)");
        }
        report = ScenarioRunner.run(net, scenario, settings.duration(), err);
        if (outputs.report() != null) {
          snapshot = NetworkSnapshot.capture(net); // links and counters as the run ends
        }
        external = net.externalAnswers().counts();
        security = org.ss7sim.simulator.traffic.AttackReport.lines(net);
        credit = CreditReport.lines(net);
        loot = org.ss7sim.simulator.traffic.AttackReport.results(net);
        sip = org.ss7sim.simulator.report.SipResults.capture(net);
      } finally {
        if (signal != null) {
          signal.stopNow();
        } else {
          net.close();
        }
      }
      for (String kind : List.of("call", "sms", "mo_call", "mo_sms", "ussd", "attack")) {
        List<String> flows = tracer.flowsOfKind(kind);
        if (!flows.isEmpty()) {
          List<TraceEvent> events = tracer.flow(flows.get(0));
          String title = "first " + kind + " (" + flows.get(0) + ")";
          first.put(title, events);
          ladders.add(Ladder.of(title, events));
        }
      }
      reportLadders = ReportLadders.of(tracer, report.failedFlows(), ladders);
      for (Ladder l : ladders) {
        out.println();
        out.print(outputs.wideLadders() ? l.toText(Integer.MAX_VALUE) : l.toText());
      }
      out.println();
      out.print(summary(report.results()));
      out.printf(Locale.ROOT, "%d messages traced%n", tracer.recorded());
      external.forEach(
          (peer, ops) ->
              ops.forEach(
                  (op, outcomes) ->
                      out.println("external " + peer + " answered " + op + ": " + outcomes)));
      security.forEach(out::println);
      credit.forEach(out::println);
    }
    for (String u : report.unmet()) {
      out.println("NOT MET: " + u);
    }
    for (String l : report.leaks()) {
      out.println("LEAK: " + l);
    }
    firstFlows.accept(first);
    boolean ok = report.ok();
    out.println(ok ? "all expectations met" : "expectations not met");
    if (outputs.json() != null) {
      ResultsJson.write(outputs.json(), ok, report.results(), external, loot, sip);
    }
    if (outputs.report() != null) {
      HtmlReport.write(
          outputs.report(),
          scenario.name(),
          ok,
          report.results(),
          reportLadders,
          HtmlReport.extras(snapshot, scenario, outputs.report(), outputs.pcap())
              .withSecurity(loot)
              .withSip(sip));
    }
    return ok;
  }

  /**
   * Starts the network; a node that cannot bind its SMPP port fails with its own one-line {@link
   * TransportUnavailableException} rather than the exception wrapping it.
   */
  static SimNetwork start(Network network, Set<String> only, Tracer tracer, NodeKinds kinds)
      throws Exception {
    return start(network, only, tracer, kinds, null);
  }

  static SimNetwork start(
      Network network, Set<String> only, Tracer tracer, NodeKinds kinds, VirtualTime virtual)
      throws Exception {
    return start(network, only, tracer, kinds, virtual, null);
  }

  /** As above, waiting at most {@code linkWait} for the links (null: the network's default). */
  static SimNetwork start(
      Network network,
      Set<String> only,
      Tracer tracer,
      NodeKinds kinds,
      VirtualTime virtual,
      java.time.Duration linkWait)
      throws Exception {
    try {
      return SimNetwork.start(network, only, tracer, kinds::logicFor, virtual, linkWait);
    } catch (Exception e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof TransportUnavailableException u) {
          throw u;
        }
      }
      // a fixed link port held by another process: one line (exit 2), not an internal error
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof java.net.BindException b) {
          throw new TransportUnavailableException(
              "cannot bind a link port: " + b.getMessage() + " (" + e.getMessage() + ")", e);
        }
      }
      throw e;
    }
  }

  /**
   * How long a scenario waits at least for the links to external equipment before its traffic
   * starts ({@code --start-timeout} when longer).
   */
  static final java.time.Duration EXTERNAL_LINK_WAIT = java.time.Duration.ofSeconds(20);

  /**
   * Before scenario traffic: waits (bounded: {@link #EXTERNAL_LINK_WAIT} or {@code startTimeout}
   * when longer) until the links to external nodes are up, printing on {@code err} each change of
   * their state as one line while it waits (the first lines name the addresses listened on, with
   * the port bound), then which are still down when the wait ends (the traffic then starts anyway).
   */
  static void awaitExternalLinks(SimNetwork net, PrintWriter err, Duration startTimeout)
      throws Exception {
    if (!net.externalLinks().any()) {
      return;
    }
    Duration wait =
        startTimeout != null && startTimeout.compareTo(EXTERNAL_LINK_WAIT) > 0
            ? startTimeout
            : EXTERNAL_LINK_WAIT;
    java.util.concurrent.atomic.AtomicBoolean waiting =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    net.externalLinks()
        .onChange(
            line -> {
              if (waiting.get()) {
                synchronized (err) {
                  err.println(line);
                  err.flush();
                }
              }
            });
    List<String> down = net.externalLinks().awaitUp(wait);
    synchronized (err) {
      waiting.set(false);
      for (String d : down) {
        err.println("still down after " + wait.toSeconds() + " s: " + d);
      }
      err.flush();
    }
  }

  /** The summary table. */
  public static String summary(List<ScenarioResult> results) {
    StringBuilder sb = new StringBuilder();
    // names and kinds as wide as the longest (mo_call, prepaid-released …), at least 20 and 5
    int names = 20;
    int kinds = 5;
    for (ScenarioResult r : results) {
      names = Math.max(names, r.name().length());
      kinds = Math.max(kinds, r.kind().length());
    }
    String format = "%-" + names + "s %-" + kinds + "s %9s %9s %8s %9s %9s %9s %8s  %s%n";
    sb.append(
        String.format(
            Locale.ROOT,
            format,
            "scenario",
            "kind",
            "attempted",
            "succeeded",
            "failed",
            "p50 ms",
            "p99 ms",
            "max ms",
            "rate/s",
            "causes"));
    for (ScenarioResult r : results) {
      sb.append(
          String.format(
              Locale.ROOT,
              format,
              r.name(),
              r.kind(),
              r.attempted(),
              r.succeeded(),
              r.failedTotal(),
              String.format(Locale.ROOT, "%.1f", r.latencyMillis(50)),
              String.format(Locale.ROOT, "%.1f", r.latencyMillis(99)),
              String.format(Locale.ROOT, "%.1f", r.maxLatencyMillis()),
              String.format(Locale.ROOT, "%.1f", r.ratePerSecond()),
              causes(r.failed())));
    }
    return sb.toString();
  }

  private static String causes(Map<String, Long> failed) {
    StringBuilder sb = new StringBuilder();
    new java.util.TreeMap<>(failed)
        .forEach((k, v) -> sb.append(k).append('=').append(v).append(' '));
    return sb.toString().strip();
  }
}
