package org.ss7sim.simulator.node.sipgw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.decode.CaptureDecoder;
import org.ss7sim.simulator.decode.DecodedMessage;
import org.ss7sim.simulator.network.DemoNetwork;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.simulator.report.SipResults;
import org.ss7sim.simulator.scenario.ScenarioRunner;
import org.ss7sim.testkit.Tshark;

/**
 * {@code kind: sip_call} (examples/sip-gateway-calls.yaml): the gateway's simulated SIP caller
 * sends INVITEs into it, which cross the STP as IAMs to ssp-b; answered and busy calls are counted
 * as the expectations say, nothing leaks, and the capture shows both legs of each call.
 */
class SipCallTrafficTest {
  @TempDir Path dir;

  @Test
  void sip_calls_from_the_scenario_cross_the_gateway_as_the_expectations_say() throws Exception {
    Network n = SipGatewayNodeTest.example(dir, null);
    Path examples = SipGatewayNodeTest.example().getParent();
    Scenario scenario = ConfigLoader.loadScenario(examples.resolve("sip-gateway-calls.yaml"));
    StringWriter err = new StringWriter();
    ScenarioRunner.Report report;
    DemoNetwork demo = new DemoNetwork(n, dir);
    int gw = SipGatewayNodeTest.sipPort(demo, "gw");
    try {
      report = ScenarioRunner.run(demo.net, scenario, Duration.ofSeconds(60), new PrintWriter(err));
      assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
      // the answered calls' flows hold both legs
      List<String> flows = demo.tracer.flowsOfKind("sip_call");
      assertThat(flows).isNotEmpty();
      List<String> labels =
          demo.tracer.flow(flows.get(0)).stream().map(e -> e.label().split(" ")[0]).toList();
      assertThat(labels).containsSubsequence("INVITE", "IAM", "ACM", "180", "ANM", "200", "BYE");
      // the report's SIP counters: 24 calls in, answered ones cleared by the caller's BYE
      SipResults sip = SipResults.capture(demo.net);
      Map<String, Long> c = sip.gateways().get("gw");
      assertThat(c)
          .containsEntry("invitesReceived", 24L)
          .containsEntry("byeReceived", 20L)
          .containsEntry("cancelReceived", 0L)
          .containsEntry("forbiddenPeer", 0L)
          .containsEntry("malformed", 0L)
          .containsEntry("unroutable", 0L);
      assertThat(c.get("inviteReceived")).isGreaterThanOrEqualTo(24L);
      assertThat(c.get("ackReceived")).isGreaterThanOrEqualTo(24L); // 20 for 200, 4 for 486
      assertThat(c.get("responses1xxSent")).isGreaterThanOrEqualTo(44L); // 100 each, 180 for 20
      assertThat(c.get("responses2xxSent")).isGreaterThanOrEqualTo(40L); // INVITE and BYE
      assertThat(c.get("responses4xxSent")).isGreaterThanOrEqualTo(4L); // 486
      assertThat(sip.toJson().at("/gw/byeReceived").asLong()).isEqualTo(20);
      StringBuilder html = new StringBuilder();
      sip.appendHtml(html);
      assertThat(html.toString()).contains("<h2>SIP</h2>", "<td>byeReceived</td><td>20</td>");
    } finally {
      demo.close();
    }
    assertThat(report.unmet()).as(err.toString()).isEmpty();
    assertThat(report.leaks()).isEmpty();
    Map<String, ScenarioResult> results =
        report.results().stream().collect(Collectors.toMap(ScenarioResult::name, r -> r));
    assertThat(results.get("answered").succeeded()).isEqualTo(20);
    assertThat(results.get("busy").failed()).isEqualTo(Map.of("user_busy", 4L));
    if (Tshark.available()) {
      List<String> decodeAs = List.of("-d", "udp.port==" + gw + ",sip");
      // 24 INVITEs, each once: the caller's messages are traced by the gateway's side only
      assertThat(
              Tshark.field(
                  demo.pcap,
                  List.of("-d", "udp.port==" + gw + ",sip", "-Y", "sip.Method == \"INVITE\""),
                  "frame.number"))
          .hasSizeGreaterThanOrEqualTo(24);
      assertThat(Tshark.malformedFrames(demo.pcap, decodeAs)).isEmpty();
      assertThat(Files.size(demo.pcap)).isPositive();
    }
    // decode reads the SIP frames of the capture too (none skipped)
    List<DecodedMessage> decoded = CaptureDecoder.decode(demo.pcap);
    assertThat(decoded).noneMatch(m -> m.kind() == DecodedMessage.Kind.SKIPPED);
    assertThat(
            decoded.stream()
                .filter(m -> m.json().at("/sip/method").asText().equals("INVITE"))
                .count())
        .isGreaterThanOrEqualTo(24);
    assertThat(decoded.stream().filter(m -> m.json().at("/sip/status").asInt() == 486).count())
        .isGreaterThanOrEqualTo(4);
  }
}
