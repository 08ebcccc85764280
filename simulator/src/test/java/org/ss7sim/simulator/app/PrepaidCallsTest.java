package org.ss7sim.simulator.app;

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
import org.ss7sim.simulator.node.scp.Scp;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.simulator.scenario.ScenarioRunner;
import org.ss7sim.simulator.trace.TraceEvent;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.testkit.Tshark;
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
    Path pcap = dir.resolve("prepaid.pcap");
    try (Tracer tracer = new Tracer(PcapWriter.create(pcap), 100)) {
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
      for (String f : tracer.flowsOfKind("mo_sms")) {
        flows.put(f, tracer.flow(f));
      }
      for (String f : tracer.flowsOfKind("mo_call")) {
        flows.put(f, tracer.flow(f));
      }
    }
    assertThat(report.leaks()).as("circuits idle, no dialogue or call open").isEmpty();
    assertThat(report.unmet()).as(err.toString()).isEmpty();
    Map<String, ScenarioResult> results =
        report.results().stream().collect(Collectors.toMap(ScenarioResult::name, r -> r));
    assertThat(results.get("credit-runs-out").failed()).isEqualTo(Map.of("normal_unspecified", 1L));
    assertThat(results.get("no-credit").failed()).isEqualTo(Map.of("normal_unspecified", 1L));
    assertThat(results.get("enough-credit").succeeded()).isEqualTo(1);
    assertThat(results.get("default-continue").succeeded()).isEqualTo(1);
    // 1 unit for the charged short message
    // 30 s of credit: two periods (20 s, 10 s), the credit used to the last unit; 60 s charged
    assertThat(balances)
        .containsEntry("9990110000001", 0L)
        .containsEntry("9990110000002", 939L)
        .containsEntry("9990110000003", 0L);

    // the call with 30 s of credit (the first attempt), as the MSC sends and receives it
    assertThat(atMsc(flows.get("mo_call-1")))
        .containsExactly(
            "0.0 >TC-BEGIN initialDP",
            "0.0 <TC-CONTINUE requestReportBCSMEvent applyCharging continue",
            "0.0 >IAM cic=1",
            "0.0 <ACM cic=1",
            "0.2 <ANM cic=1",
            "0.2 >TC-CONTINUE eventReportBCSM",
            "20.2 >TC-CONTINUE applyChargingReport",
            "20.2 <TC-CONTINUE applyCharging",
            "30.2 >TC-CONTINUE applyChargingReport",
            "30.2 <TC-END releaseCall",
            "30.2 >REL cic=1",
            "30.2 <RLC cic=1");
    // released by the prepaid service 30 s after answer with its cause (31), on ISUP too
    TraceEvent rel =
        flows.get("mo_call-1").stream().filter(e -> e.label().startsWith("REL")).findFirst().get();
    assertThat(isupCause(rel)).isEqualTo(31);
    // no credit: released at InitialDP, no IAM
    assertThat(atMsc(flows.get("mo_call-3")))
        .containsExactly("0.0 >TC-BEGIN initialDP", "0.0 <TC-END releaseCall");
    // enough credit: the caller hangs up after 60 s; the gsmSCF ends the dialogue
    assertThat(atMsc(flows.get("mo_call-2")))
        .endsWith(
            "60.2 >TC-CONTINUE eventReportBCSM",
            "60.2 >REL cic=2",
            "60.2 <TC-END releaseCall",
            "60.2 <RLC cic=2");
    // no gsmSCF at the address (UDTS): default call handling continue, the call goes on uncharged
    assertThat(atMsc(flows.get("mo_call-5")))
        .startsWith("0.0 >TC-BEGIN initialDP", "0.0 >IAM cic=4");

    // short messages with an MO-SMS-CSI: charged before the MSC relays them, refused without credit
    assertThat(results.get("charged-sms").succeeded()).isEqualTo(1);
    assertThat(results.get("refused-sms").failed()).isEqualTo(Map.of("sms_released", 1L));
    assertThat(atMsc(flows.get("mo_sms-1")))
        .containsExactly(
            "0.0 >TC-BEGIN initialDPSMS",
            "0.0 <TC-CONTINUE requestReportSMSEvent continueSMS",
            "0.0 >TC-BEGIN moForwardSm",
            "0.0 <TC-END result",
            "0.0 >TC-END eventReportSMS");
    assertThat(atMsc(flows.get("mo_sms-2")))
        .containsExactly("0.0 >TC-BEGIN initialDPSMS", "0.0 <TC-END releaseSMS");

    // tshark's camel dissector reads every CAP message of the run, none malformed
    if (Tshark.available()) {
      List<String> options = List.of("-o", "camel.tcap.ssn:146");
      assertThat(Tshark.malformedFrames(pcap, options)).isEmpty();
      List<String> ops = Tshark.field(pcap, options, "camel.local");
      assertThat(ops).contains("0", "23,35,31", "24", "36", "35", "22");
    }
  }

  /** The messages the MSC sent (>) and received (<), "seconds-after-the-first direction label". */
  static List<String> atMsc(List<TraceEvent> events) {
    long t0 = events.get(0).epochMicros();
    return events.stream()
        .filter(e -> e.from().equals("msc") || e.to().equals("msc"))
        .map(
            e ->
                String.format(
                    java.util.Locale.ROOT,
                    "%.1f %s%s",
                    (e.epochMicros() - t0) / 1e6,
                    e.from().equals("msc") ? ">" : "<",
                    e.label()))
        .toList();
  }

  static int isupCause(TraceEvent e) throws Exception {
    org.ss7sim.m3ua.message.Data d =
        (org.ss7sim.m3ua.message.Data) org.ss7sim.m3ua.message.M3uaCodec.decode(e.bytes());
    var msg = org.ss7sim.isup.message.IsupMessageCodec.decode(d.protocolData().userData());
    return ((org.ss7sim.isup.message.Release) msg).cause().cause().code();
  }
}
