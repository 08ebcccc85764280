package org.ss7sim.simulator.node.msc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.network.NodeLogic;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.simulator.scenario.ScenarioRunner;
import org.ss7sim.simulator.trace.TraceEvent;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.tcap.AbortIndication;
import org.ss7sim.tcap.BeginIndication;
import org.ss7sim.tcap.ContinueIndication;
import org.ss7sim.tcap.EndIndication;
import org.ss7sim.tcap.TcUser;
import org.ss7sim.transport.loop.VirtualTime;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * A gsmSCF that takes the InitialDP and never answers (TS 23.078 §4.5.2.1, TS 29.078 §4.1.1.2.2):
 * the MSC's gsmSSF waits Tssf (10 s) and then applies the O-CSI's default call handling — the call
 * goes on uncharged (continue) or is released with cause 31 without an IAM (release). The prepaid
 * example network on virtual time, its {@code scp-down} given SSN 146 and played by a TCAP user
 * that reads everything and sends nothing (unlike the UDTS of the example, which ends the wait at
 * once).
 */
class SilentGsmScfTest {
  @TempDir Path dir;

  /** A signalling point with SSN 146 that never answers a TCAP dialogue. */
  static final class Silent implements NodeLogic {
    int begins;

    @Override
    public void start(SimNode node) {
      node.tcap(146)
          .orElseThrow()
          .bind(
              new TcUser() {
                @Override
                public void onBegin(BeginIndication indication) {
                  begins++;
                }

                @Override
                public void onContinue(ContinueIndication indication) {}

                @Override
                public void onEnd(EndIndication indication) {}

                @Override
                public void onAbort(AbortIndication indication) {}
              });
    }

    @Override
    public void stop() {}

    @Override
    public List<String> leaks() {
      return List.of();
    }
  }

  static final String SCENARIO =
      """
      name: silent-scf
      network: prepaid-network.yaml
      duration: 1m
      traffic:
        - name: continue-by-default
          kind: mo_call
          from: msc
          calling: {numbers: ["9990110000020"]}
          to: {numbers: ["9992021000"]}
          count: 1
          hold: 5s
          expect: {success_ratio: 1.0}
        - name: release-by-default
          kind: mo_call
          from: msc
          calling: {numbers: ["9990110000030"]}
          to: {numbers: ["9992021000"]}
          count: 1
          start: 1s
          expect: {causes: {normal_unspecified: 1}}
        # no CAMEL; keeps the run going past both calls (a run waits at most 10 s for the
        # attempts in progress once every source is done)
        - name: later
          kind: mo_call
          from: msc
          calling: {numbers: ["9990110000010"]}
          to: {numbers: ["9992021000"]}
          count: 1
          start: 25s
          hold: 1s
          expect: {success_ratio: 1.0}
      """;

  @Test
  void tssf_expiry_applies_the_o_csi_default_handling_continue_or_release() throws Exception {
    Path examples = Path.of(System.getProperty("ss7sim.root", "..")).resolve("examples");
    String yaml = Files.readString(examples.resolve("prepaid-network.yaml"));
    String down = "  - name: scp-down";
    String subscriber =
        "      - {msisdn: \"9990110000020\", imsi: \"001010000000020\",\n"
            + "         o_csi: {service_key: 100, scf: scp-down, default_handling: continue}}\n";
    assertThat(yaml).contains(down).contains(subscriber);
    yaml =
        yaml.replace(down, down + "\n    ssns: [146]")
            .replace(
                subscriber,
                subscriber
                    + "      - {msisdn: \"9990110000030\", imsi: \"001010000000030\",\n"
                    + "         o_csi: {service_key: 100, scf: scp-down, default_handling:"
                    + " release}}\n");
    Network network = ConfigLoader.parseNetwork("silent-scf", yaml);
    Scenario scenario = ConfigLoader.parseScenario("silent-scf.yaml", SCENARIO);
    Silent silent = new Silent();
    StringWriter err = new StringWriter();
    ScenarioRunner.Report report;
    List<String> kept;
    List<String> released;
    try (Tracer tracer = new Tracer(PcapWriter.create(dir.resolve("silent.pcap")), 100)) {
      NodeKinds kinds = new NodeKinds(network, true, dir);
      try (SimNetwork net =
          SimNetwork.start(
              network,
              Set.of(),
              tracer,
              n -> n.name().equals("scp-down") ? silent : kinds.logicFor(n),
              new VirtualTime())) {
        report = ScenarioRunner.run(net, scenario, null, new PrintWriter(err, true));
      }
      List<String> flows = tracer.flowsOfKind("mo_call");
      assertThat(flows).hasSize(3);
      kept = atMsc(tracer.flow(flows.get(0)));
      released = atMsc(tracer.flow(flows.get(1)));
    }
    assertThat(report.unmet()).as(err.toString()).isEmpty();
    // the MSC keeps nothing open; the silent gsmSCF still holds the two dialogues it never
    // answered (the gsmSSF ended them locally)
    assertThat(report.leaks()).containsExactly("scp-down: 2 TCAP dialogues open on SSN 146");
    Map<String, ScenarioResult> results =
        report.results().stream().collect(Collectors.toMap(ScenarioResult::name, r -> r));
    assertThat(results.get("continue-by-default").succeeded()).isEqualTo(1);
    assertThat(results.get("release-by-default").failed())
        .isEqualTo(Map.of("normal_unspecified", 1L));
    assertThat(silent.begins).isEqualTo(2);
    // nothing comes back; after Tssf the call goes on without the gsmSCF (no message to it: a
    // dialogue never answered ends locally, Q.774 §3.2.2)
    assertThat(kept).startsWith("0.0 >TC-BEGIN initialDP", "10.0 >IAM cic=1");
    assertThat(kept).noneMatch(l -> l.contains("TC-") && !l.contains("initialDP"));
    // release by default: no IAM at all
    assertThat(released).containsExactly("0.0 >TC-BEGIN initialDP");
  }

  /** The messages the MSC sent (>) and received (<), "seconds-after-the-first direction label". */
  static List<String> atMsc(List<TraceEvent> events) {
    long t0 = events.get(0).epochMicros();
    return events.stream()
        .filter(e -> e.from().equals("msc") || e.to().equals("msc"))
        .map(
            e ->
                String.format(
                    Locale.ROOT,
                    "%.1f %s%s",
                    (e.epochMicros() - t0) / 1e6,
                    e.from().equals("msc") ? ">" : "<",
                    e.label()))
        .toList();
  }
}
