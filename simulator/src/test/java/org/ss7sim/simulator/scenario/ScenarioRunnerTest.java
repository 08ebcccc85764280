package org.ss7sim.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.simulator.app.Esmes;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.network.DemoNetwork;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.transport.loop.VirtualTime;

/** The engine on the demo network: counts bounded, events applied, expectations judged. */
class ScenarioRunnerTest {
  @TempDir Path dir;
  DemoNetwork demo;

  @BeforeEach
  void start() throws Exception {
    demo = new DemoNetwork(dir);
  }

  @AfterEach
  void stop() {
    demo.close();
  }

  private ScenarioRunner.Report run(String yaml) throws Exception {
    Scenario s = ConfigLoader.parseScenario("test", yaml);
    return ScenarioRunner.run(demo.net, s, null, new PrintWriter(new StringWriter()));
  }

  /**
   * Real time: calls go over the other STP while the link is down and the link is back afterwards
   * (LinkFailureTest checks the changeover itself, in virtual time, message by message).
   */
  @Test
  void calls_go_over_the_other_stp_while_a_link_is_down() throws Exception {
    ScenarioRunner.Report r =
        run(
            """
            traffic:
              - {name: calls, kind: call, from: ssp-a, to: {range: "9992021000-9992021999"},
                 rate: 20, count: 30, hold: 100ms, expect: {success_ratio: 0.7}}
            events:
              - {at: 300ms, action: link_down, link: ssp-a-stp-a}
              - {at: 1200ms, action: link_up, link: ssp-a-stp-a}
            """);
    assertThat(r.unmet()).isEmpty();
    ScenarioResult calls = r.results().get(0);
    assertThat(calls.attempted()).isEqualTo(30);
    SimNode sspA = demo.net.node("ssp-a").orElseThrow();
    assertThat(sspA.call(() -> sspA.m3ua().linkState("ssp-a-stp-a")))
        .isEqualTo(AspState.ASP_ACTIVE);
  }

  @Test
  void unmet_expectations_are_reported_one_line_each() throws Exception {
    ScenarioRunner.Report r =
        run(
            """
            traffic:
              - {name: busy, kind: call, from: ssp-a, to: "9992022000", rate: 50, count: 3,
                 expect: {success_ratio: 1.0, causes: {user_busy: 2}}}
            """);
    assertThat(r.ok()).isFalse();
    assertThat(r.unmet()).hasSize(2);
    assertThat(r.results().get(0).failed()).containsEntry("user_busy", 3L);
  }

  /**
   * In virtual time (a real-time run depended on the machine's load: an SRI-SM in flight while the
   * HLR restarted could outlast the attempt's timeout): every SMS is delivered across the HLR's
   * restart, and the HLR's links are active again at the end.
   */
  @Test
  void a_node_restart_event_brings_the_node_back_with_its_links() throws Exception {
    Network config = ConfigLoader.demoNetwork();
    NodeKinds kinds = new NodeKinds(config, true, dir.resolve("virtual"));
    try (SimNetwork net =
        SimNetwork.start(
            config, Set.of(), new Tracer(null, 0), kinds::logicFor, new VirtualTime())) {
      Esmes.start(net, kinds);
      Scenario s =
          ConfigLoader.parseScenario(
              "test",
              """
              traffic:
                - {name: sms, kind: sms, from: esme1, to: {subscribers: attached}, rate: 10,
                   count: 10, expect: {success_ratio: 1.0}}
              events:
                - {at: 250ms, action: node_restart, node: hlr}
              """);
      SimNode before = net.node("hlr").orElseThrow();
      ScenarioRunner.Report r = ScenarioRunner.run(net, s, null, null);
      assertThat(r.unmet()).isEmpty();
      assertThat(r.results().get(0).succeeded()).isEqualTo(10);
      assertThat(net.node("hlr").orElseThrow()).as("a new HLR node").isNotSameAs(before);
      assertThat(net.linksNotActive()).isEmpty();
    }
  }

  /**
   * DESIGN.md §3 flow 5 as a traffic kind: handsets at the MSC send to the short code of esme1
   * (MO-ForwardSM to the SMSC, deliver_sm to the ESME); a short code no account owns is refused.
   */
  @Test
  void mo_sms_traffic_reaches_the_esme_owning_the_short_code() throws Exception {
    ScenarioRunner.Report r =
        run(
            """
            traffic:
              - {name: votes, kind: mo-sms, from: msc, to: "1234", text: "VOTE YES",
                 sender: {subscribers: attached}, rate: 20, count: 5,
                 expect: {success_ratio: 1.0}}
              - {name: nobody, kind: mo_sms, from: msc, to: "5555", rate: 20, count: 2,
                 expect: {causes: {sm_delivery_failure: 2}}}
            """);
    assertThat(r.unmet()).isEmpty();
    assertThat(r.leaks()).isEmpty();
    assertThat(r.results().get(0).succeeded()).isEqualTo(5);
    assertThat(r.results().get(0).kind()).isEqualTo("mo_sms");
    org.ss7sim.simulator.node.smsc.Esme esme =
        demo.net.attachment("esme1", org.ss7sim.simulator.node.smsc.Esme.class).orElseThrow();
    assertThat(esme.awaitMobileOriginated(5, Duration.ofSeconds(10)))
        .hasSize(5)
        .allSatisfy(d -> assertThat(d.destination().address()).isEqualTo("1234"));
    // the ladder of an MO message: the MSC's TC-BEGIN moForwardSm, relayed, answered
    assertThat(demo.tracer.flow("mo_sms-1"))
        .extracting(e -> e.label())
        .startsWith("TC-BEGIN moForwardSm", "TC-BEGIN moForwardSm")
        .contains("TC-END result", "deliver_sm");
  }
}
