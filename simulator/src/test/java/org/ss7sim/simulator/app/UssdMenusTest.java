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
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.simulator.scenario.ScenarioRunner;
import org.ss7sim.simulator.trace.TraceEvent;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.transport.loop.VirtualTime;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * USSD menus end to end over M3UA (issue 19, TS 24.090, TS 29.002 §11.9–§11.11):
 * examples/ussd-menus.yaml on the demo network under virtual time. Each menu walk is one TCAP
 * dialogue: the MSC's TC-BEGIN with processUnstructuredSS-Request, the HLR's prompts
 * (unstructuredSS-Request) and notification (unstructuredSS-Notify) in TC-CONTINUE, the handset's
 * answers as results in TC-CONTINUE, and the final text as the request's result in the TC-END;
 * tshark's gsm_map reads every message, none malformed.
 */
class UssdMenusTest {
  @TempDir Path dir;

  @Test
  void menu_walks_follow_the_choices_in_one_dialogue_and_end_with_the_expected_text()
      throws Exception {
    Path examples = ExamplesRunTest.examples();
    Network network = ConfigLoader.loadNetwork(examples.resolve("demo-network.yaml"));
    Scenario scenario = ConfigLoader.loadScenario(examples.resolve("ussd-menus.yaml"));
    StringWriter err = new StringWriter();
    ScenarioRunner.Report report;
    Map<String, List<String>> flows = new java.util.LinkedHashMap<>();
    Map<String, List<String>> pushes = new java.util.LinkedHashMap<>();
    List<String> shown = new java.util.ArrayList<>();
    Path pcap = dir.resolve("ussd.pcap");
    try (Tracer tracer = new Tracer(PcapWriter.create(pcap), 100)) {
      NodeKinds kinds = new NodeKinds(network, true, dir);
      try (SimNetwork net = Run.start(network, Set.of(), tracer, kinds, new VirtualTime())) {
        report = ScenarioRunner.run(net, scenario, null, new PrintWriter(err, true));
        org.ss7sim.simulator.node.msc.Msc msc =
            (org.ss7sim.simulator.node.msc.Msc) net.node("msc").orElseThrow().logic().orElseThrow();
        for (int i = 0; i < 3; i++) {
          shown.addAll(msc.networkUssdShown("999011000090" + i));
        }
      }
      for (String f : tracer.flowsOfKind("ussd")) {
        flows.put(f, atMsc(tracer.flow(f)));
      }
      for (String f : tracer.flowsOfKind("network_ussd")) {
        pushes.put(f, atMsc(tracer.flow(f)));
      }
    }
    assertThat(report.unmet()).as(err.toString()).isEmpty();
    assertThat(report.leaks()).as("no USSD session or dialogue left open").isEmpty();
    Map<String, ScenarioResult> results =
        report.results().stream().collect(Collectors.toMap(ScenarioResult::name, r -> r));
    assertThat(results.get("buy-data").succeeded()).isEqualTo(5);
    assertThat(results.get("balance").succeeded()).isEqualTo(5);
    assertThat(results.get("gives-up").failed()).isEqualTo(Map.of("menu_not_finished", 2L));
    assertThat(results.get("one-shot").succeeded()).isEqualTo(2);
    assertThat(results.get("wrong-key").succeeded()).isEqualTo(2);
    assertThat(results.get("chinese").succeeded()).isEqualTo(2);
    assertThat(results.get("roaming-offer").succeeded()).isEqualTo(3);
    assertThat(results.get("ignored-offer").failed()).isEqualTo(Map.of("released_by_handset", 2L));
    assertThat(results.get("notice-to-absent").failed()).isEqualTo(Map.of("absent_subscriber", 2L));

    // each attempt is one dialogue, in one of four shapes
    List<String> buyData =
        List.of(
            ">TC-BEGIN processUnstructuredSsRequest",
            "<TC-CONTINUE unstructuredSsRequest",
            ">TC-CONTINUE result",
            "<TC-CONTINUE unstructuredSsRequest",
            ">TC-CONTINUE result",
            "<TC-CONTINUE unstructuredSsNotify",
            ">TC-CONTINUE result",
            "<TC-END result");
    List<String> balance =
        List.of(
            ">TC-BEGIN processUnstructuredSsRequest",
            "<TC-CONTINUE unstructuredSsRequest",
            ">TC-CONTINUE result",
            "<TC-END result");
    List<String> givesUp =
        List.of(
            ">TC-BEGIN processUnstructuredSsRequest",
            "<TC-CONTINUE unstructuredSsRequest",
            ">TC-CONTINUE result",
            "<TC-CONTINUE unstructuredSsRequest",
            ">TC-ABORT");
    List<String> oneShot = List.of(">TC-BEGIN processUnstructuredSsRequest", "<TC-END result");
    // a key the menu does not have gets the same prompt again
    List<String> wrongKey =
        List.of(
            ">TC-BEGIN processUnstructuredSsRequest",
            "<TC-CONTINUE unstructuredSsRequest",
            ">TC-CONTINUE result",
            "<TC-CONTINUE unstructuredSsRequest",
            ">TC-CONTINUE result",
            "<TC-END result");
    assertThat(flows).hasSize(18);
    Map<List<String>, Long> shapes =
        flows.values().stream().collect(Collectors.groupingBy(l -> l, Collectors.counting()));
    assertThat(shapes)
        .as(flows.toString())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(buyData, 5L, balance, 7L, givesUp, 2L, oneShot, 2L, wrongKey, 2L));

    // network-initiated (TS 24.090 §4.3): the HLR begins, the handset answers each prompt and
    // acknowledges the notification in TC-CONTINUE, the HLR ends without components; the absent
    // subscribers got no dialogue at all
    List<String> offer =
        List.of(
            "<TC-BEGIN unstructuredSsRequest",
            ">TC-CONTINUE result",
            "<TC-CONTINUE unstructuredSsRequest",
            ">TC-CONTINUE result",
            "<TC-CONTINUE unstructuredSsNotify",
            ">TC-CONTINUE result",
            "<TC-END");
    List<String> ignored = List.of("<TC-BEGIN unstructuredSsRequest", ">TC-ABORT");
    assertThat(pushes.values().stream().filter(l -> !l.isEmpty()))
        .as(pushes.toString())
        .containsExactlyInAnyOrder(offer, offer, offer, ignored, ignored);
    assertThat(shown)
        .as("what the handsets were shown, at the MSC")
        .containsExactly(
            "Roaming pack 5 EUR/day? 1 yes 2 no",
            "Start today? 1 yes 2 tomorrow",
            "Roaming pack active from tomorrow",
            "Roaming pack 5 EUR/day? 1 yes 2 no",
            "Start today? 1 yes 2 tomorrow",
            "Roaming pack active from tomorrow",
            "Roaming pack 5 EUR/day? 1 yes 2 no",
            "Start today? 1 yes 2 tomorrow",
            "Roaming pack active from tomorrow");

    Tshark.assumeInstalled();
    assertThat(Tshark.malformedFrames(pcap, List.of())).isEmpty();
    // processUnstructuredSS-Request 59, unstructuredSS-Request 60, unstructuredSS-Notify 61
    assertThat(Tshark.field(pcap, List.of("-Y", "gsm_old.opCode"), "gsm_old.localValue"))
        .contains("59", "60", "61");
    List<String> texts = Tshark.field(pcap, List.of("-Y", "gsm_map"), "gsm_map.ussd_string");
    assertThat(texts)
        .contains(
            "*123#",
            "2",
            "1",
            "Processing your order",
            "1GB of data added",
            "*100#",
            "余额 12.50 EUR",
            "Roaming pack 5 EUR/day? 1 yes 2 no",
            "Roaming pack active from tomorrow");
    // the network-initiated dialogues name the subscriber in the MAP-OPEN's destination reference:
    // an AddressString of numbering plan land mobile (E.212, 0x86) holding the IMSI (TBCD)
    List<String> references =
        Tshark.field(
            pcap,
            List.of("-Y", "gsm_old.localValue == 60 && tcap.begin_element"),
            "gsm_map.dialogue.destinationReference");
    assertThat(references)
        .as(references.toString())
        .filteredOn(s -> !s.isEmpty())
        .hasSize(10) // each message on both its links
        .containsOnly(
            // IMSIs 001010000000900-902 (roaming-offer) and -910, -911 (ignored-offer)
            "8600010100000009f0",
            "8600010100000009f1",
            "8600010100000009f2",
            "8600010100000019f0",
            "8600010100000019f1");
    // GSM 7-bit, language unspecified, except the two Chinese answers in UCS2 (each message is
    // captured on both its links, HLR-STP and STP-MSC)
    assertThat(Tshark.field(pcap, List.of("-Y", "gsm_map"), "gsm_map.ss.ussd_DataCodingScheme"))
        .filteredOn(s -> !s.isEmpty())
        .containsOnly("0f", "48")
        .filteredOn(s -> s.equals("48"))
        .hasSize(4);
  }

  /** The TCAP messages the MSC sent (>) and received (<), without the timing. */
  static List<String> atMsc(List<TraceEvent> events) {
    return events.stream()
        .filter(e -> e.from().equals("msc") || e.to().equals("msc"))
        .map(e -> (e.from().equals("msc") ? ">" : "<") + e.label())
        .toList();
  }
}
