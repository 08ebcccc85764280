package org.ss7sim.simulator.node.msc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.network.DemoNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.simulator.scenario.ScenarioRunner;
import org.ss7sim.testkit.Tshark;

/**
 * USSD (scenario kind {@code ussd}): processUnstructuredSS-Request from the MSC to the subscriber's
 * HLR through the STPs, answered with the HLR's {@code ussd_reply} or the request echoed.
 */
class UssdTest {
  @TempDir Path dir;
  DemoNetwork demo;

  @AfterEach
  void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  private String request(String msisdn, String text) throws Exception {
    SimNode mscNode = demo.net.node("msc").orElseThrow();
    Msc msc = (Msc) mscNode.logic().orElseThrow();
    CompletableFuture<String> reply = new CompletableFuture<>();
    DemoNetwork.Result r = new DemoNetwork.Result();
    mscNode.execute(() -> msc.ussd("ussd-x", msisdn, text, reply::complete, r));
    Outcome o = r.await(java.time.Duration.ofSeconds(10));
    assertThat(o.success()).as(o.cause()).isTrue();
    return reply.get(1, TimeUnit.SECONDS);
  }

  @Test
  void the_hlr_echoes_the_request_when_no_reply_is_configured() throws Exception {
    demo = new DemoNetwork(dir);
    assertThat(request("9990110000005", "*100#")).isEqualTo("*100#");
    assertThat(demo.tracer.flow("ussd-x"))
        .extracting(e -> e.label())
        .contains("TC-BEGIN processUnstructuredSsRequest", "TC-END result");
  }

  @Test
  void the_hlr_answers_with_its_configured_reply() throws Exception {
    String yaml =
        new String(
                UssdTest.class
                    .getResourceAsStream("/org/ss7sim/simulator/demo-network.yaml")
                    .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace(
                "    subscribers:                                       # served by msc, the only MSC",
                "    ussd_reply: \"Balance: 42.00\"\n    subscribers:")
            .replace("smpp_port: 2775", "smpp_port: 0");
    Network net = ConfigLoader.parseNetwork("ussd", yaml);
    demo = new DemoNetwork(net, dir);
    assertThat(request("9990110000006", "*100#")).isEqualTo("Balance: 42.00");
  }

  @Test
  void a_ussd_traffic_source_counts_its_results() throws Exception {
    demo = new DemoNetwork(dir);
    ScenarioRunner.Report r =
        ScenarioRunner.run(
            demo.net,
            ConfigLoader.parseScenario(
                "ussd",
                """
                traffic:
                  - {name: balance, kind: ussd, from: msc, to: {subscribers: attached},
                     text: "*100#", rate: 20, count: 5, expect: {success_ratio: 1.0}}
                """),
            null,
            new PrintWriter(new StringWriter()));
    assertThat(r.unmet()).isEmpty();
    assertThat(r.leaks()).isEmpty();
    ScenarioResult res = r.results().get(0);
    assertThat(res.kind()).isEqualTo("ussd");
    assertThat(res.attempted()).isEqualTo(5);
    assertThat(res.succeeded()).isEqualTo(5);
    assertThat(res.failed()).isEmpty();
    demo.flush();
    Tshark.assumeInstalled();
    assertThat(Tshark.malformedFrames(demo.pcap, java.util.List.of())).isEmpty();
    // processUnstructuredSS-Request is operation 59
    assertThat(
            Tshark.field(
                demo.pcap, java.util.List.of("-Y", "gsm_old.opCode"), "gsm_old.localValue"))
        .contains("59");
  }
}
