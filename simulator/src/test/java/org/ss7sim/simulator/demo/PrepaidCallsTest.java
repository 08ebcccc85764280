package org.ss7sim.simulator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.node.Scp;
import org.ss7sim.simulator.scenario.ScenarioRunner;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.simulator.trace.TraceEvent;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.transport.loop.VirtualTime;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * CAMEL prepaid calls end to end over M3UA (DESIGN.md §3 flow 6), examples/prepaid-calls.yaml on
 * virtual time: the CAP and ISUP messages of each call on the wire in order and when, the balances
 * after, and nothing left open.
 */
class PrepaidCallsTest {
  @TempDir Path dir;

  @Test
  void prepaid_calls_are_charged_per_period_and_released_when_the_credit_is_gone()
      throws Exception {
    Path examples = ExamplesRunTest.examples();
    Network network = ConfigLoader.loadNetwork(examples.resolve("prepaid-network.yaml"));
    Scenario scenario = ConfigLoader.loadScenario(examples.resolve("prepaid-calls.yaml"));
    StringWriter err = new StringWriter();
    ScenarioRunner.Report report;
    Map<String, Long> balances;
    Map<String, List<TraceEvent>> flows = new java.util.LinkedHashMap<>();
    try (Tracer tracer = new Tracer(PcapWriter.create(dir.resolve("prepaid.pcap")), 100)) {
      NodeKinds kinds = new NodeKinds(network, true, dir);
      try (SimNetwork net = Run.start(network, Set.of(), tracer, kinds, new VirtualTime())) {
        report = ScenarioRunner.run(net, scenario, null, new PrintWriter(err, true));
        Scp scp = (Scp) net.node("scp").orElseThrow().logic().orElseThrow();
        balances =
            List.of("9990110000001", "9990110000002", "9990110000003").stream()
                .collect(
                    Collectors.toMap(
                        m -> m, m -> scp.prepaid().orElseThrow().balance(m).orElseThrow()));
      }
      for (String f : tracer.flowsOfKind("mo_call")) {
        flows.put(f, tracer.flow(f));
      }
    }
    for (ScenarioResult r : report.results()) {
      System.out.println(r);
    }
    flows.forEach((f, events) -> System.out.println(f + ": " + ladder(events)));
    assertThat(report.leaks()).isEmpty();
    assertThat(report.unmet()).as(err.toString()).isEmpty();
    assertThat(balances)
        .containsEntry("9990110000001", 0L)
        .containsEntry("9990110000002", 940L)
        .containsEntry("9990110000003", 0L);
  }

  /** "t=…s from→to label" per message. */
  static List<String> ladder(List<TraceEvent> events) {
    long t0 = events.isEmpty() ? 0 : events.get(0).epochMicros();
    return events.stream()
        .map(
            e ->
                String.format(
                    java.util.Locale.ROOT,
                    "%.1f %s>%s %s",
                    (e.epochMicros() - t0) / 1e6,
                    e.from(),
                    e.to(),
                    e.label()))
        .toList();
  }
}
