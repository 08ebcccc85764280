package org.ss7sim.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.node.Counter;
import org.ss7sim.m3ua.node.M3uaNode;
import org.ss7sim.simulator.app.Esmes;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.msc.Msc;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.transport.loop.VirtualTime;

/**
 * Link and node failure on the demo network in virtual time, observed from inside: the link really
 * goes down, traffic really crosses the other STP of the mated pair while it is down and only then,
 * and nothing accepted is lost (RFC 4666 §4.3.4.3, Q.704 §5 changeover, §13.2 transfer-prohibited).
 */
class LinkFailureTest {
  @TempDir Path dir;

  private static Path examples() {
    return Path.of(System.getProperty("ss7sim.root", "..")).resolve("examples");
  }

  /** What the probe saw at one moment of the run. */
  record Sample(
      AspState sspALink,
      long stpBFromStpA,
      long stpADiverted,
      long stpData,
      long stpAChangedOver,
      long stpsDiscarded) {}

  private static M3uaNode m3ua(SimNetwork net, String node) {
    return net.node(node).map(SimNode::m3ua).orElseThrow();
  }

  /** The name of {@code node}'s connecting link to {@code peer}. */
  private static String clientLink(SimNetwork net, String node, String peer) {
    for (Link l : net.config().node(node).orElseThrow().links()) {
      if (l.peer().equals(peer) && !l.listens()) {
        return l.name();
      }
    }
    throw new AssertionError(node + " has no connecting link to " + peer);
  }

  /** Runs {@code scenario} on the demo network in virtual time, sampling at the given times. */
  private Map<Duration, Sample> run(
      Scenario scenario, Map<Duration, Sample> samples, ScenarioRunner.Report[] report)
      throws Exception {
    Network config = ConfigLoader.demoNetwork();
    NodeKinds kinds = new NodeKinds(config, true, dir);
    try (SimNetwork net =
        SimNetwork.start(
            config,
            Set.of(),
            new Tracer(null, 0), // the example's checks count traced messages
            kinds::logicFor,
            new VirtualTime())) {
      Esmes.start(net, kinds);
      String sspALink = clientLink(net, "ssp-a", "stp-a");
      String stpBToA = clientLink(net, "stp-b", "stp-a");
      for (Duration at : samples.keySet()) {
        net.clock()
            .schedule(
                at,
                () ->
                    samples.put(
                        at,
                        new Sample(
                            m3ua(net, "ssp-a").linkState(sspALink),
                            m3ua(net, "stp-b").dataReceivedOn(stpBToA),
                            m3ua(net, "stp-a").counter(Counter.DIVERTED),
                            m3ua(net, "stp-a").counter(Counter.DATA_SENT)
                                + m3ua(net, "stp-b").counter(Counter.DATA_SENT),
                            m3ua(net, "stp-a").counter(Counter.CHANGED_OVER),
                            discarded(m3ua(net, "stp-a")) + discarded(m3ua(net, "stp-b")))));
      }
      report[0] = ScenarioRunner.run(net, scenario, null, null);
      Msc msc = (Msc) net.node("msc").flatMap(SimNode::logic).orElseThrow();
      handsetsKept = msc.accepted();
    }
    return samples;
  }

  /** SMS-DELIVERs the MSC's handsets kept (repeats of one they hold are acknowledged, not kept). */
  private long handsetsKept;

  private static long discarded(M3uaNode n) {
    return n.counter(Counter.DISCARDED_PENDING)
        + n.counter(Counter.DISCARDED_NO_ROUTE)
        + n.counter(Counter.DISCARDED_WOULD_RETURN);
  }

  private static Map<Duration, Sample> at(long... millis) {
    Map<Duration, Sample> m = new LinkedHashMap<>();
    for (long ms : millis) {
      m.put(Duration.ofMillis(ms), null);
    }
    return m;
  }

  /**
   * examples/link-failure.yaml in full: ssp-a's link to stp-a is down from 10 s to 20 s and the
   * SMSC restarts at 15 s. Its own expectations hold, and: the link was down in between, DATA
   * crossed from stp-a to stp-b only while it was (stp-a diverting what it could no longer send to
   * ssp-a), and every submitted SMS got its DELIVRD receipt.
   */
  @Test
  void the_example_loses_nothing_and_its_traffic_crosses_the_other_stp_while_the_link_is_down()
      throws Exception {
    Scenario scenario = ConfigLoader.loadScenario(examples().resolve("link-failure.yaml"));
    ScenarioRunner.Report[] report = new ScenarioRunner.Report[1];
    Map<Duration, Sample> s = run(scenario, at(1_000, 9_900, 19_900, 21_000, 29_900), report);

    assertThat(report[0].unmet()).isEmpty();
    assertThat(report[0].leaks()).isEmpty();
    Sample start = s.get(Duration.ofMillis(1_000));
    Sample before = s.get(Duration.ofMillis(9_900));
    Sample during = s.get(Duration.ofMillis(19_900));
    Sample after = s.get(Duration.ofMillis(21_000));
    Sample end = s.get(Duration.ofMillis(29_900));
    assertThat(before.sspALink()).isEqualTo(AspState.ASP_ACTIVE);
    assertThat(during.sspALink()).as("the link went down").isEqualTo(AspState.ASP_INACTIVE);
    assertThat(after.sspALink()).as("and came back").isEqualTo(AspState.ASP_ACTIVE);
    // stp-a sends nothing over to stp-b while it reaches ssp-a itself ...
    assertThat(before.stpBFromStpA()).isEqualTo(start.stpBFromStpA());
    assertThat(before.stpADiverted()).isZero();
    // ... traffic for ssp-a that reached stp-a crosses to stp-b during the outage ...
    assertThat(during.stpBFromStpA() - before.stpBFromStpA()).isGreaterThan(10);
    assertThat(during.stpADiverted()).isGreaterThan(10);
    // ... and stops once the link is back
    assertThat(end.stpBFromStpA()).isEqualTo(after.stpBFromStpA());
    assertThat(end.stpADiverted()).isEqualTo(after.stpADiverted());

    ScenarioResult sms = report[0].results().get(1);
    assertThat(sms.name()).isEqualTo("sms");
    assertThat(sms.attempted()).isEqualTo(600);
    assertThat(sms.succeeded()).as("every submit got a final DELIVRD").isEqualTo(600);
    assertThat(sms.failed()).isEmpty();
    assertThat(handsetsKept).as("each accepted SMS at a handset once").isEqualTo(600);
    // what stp-a held for ssp-a when the link went (T(r), RFC 4666 §4.3.4.3) went on over stp-b
    // (changeover, Q.704 §5): neither STP discarded anything, and no call was lost
    assertThat(end.stpAChangedOver()).isPositive();
    assertThat(end.stpsDiscarded()).isZero();
    ScenarioResult calls = report[0].results().get(0);
    assertThat(calls.attempted()).isEqualTo(300);
    assertThat(calls.failed()).isEmpty();
  }

  /**
   * The HLR stops with SRI-SM and SMS running: the STPs tell each other and the other nodes it is
   * unreachable (no message passed back and forth between them: the run ends, with a bounded number
   * of DATA), and after it starts again every query is answered.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void a_stopped_hlr_makes_no_message_loop_between_the_stps_and_traffic_resumes_when_it_is_back()
      throws Exception {
    Scenario scenario =
        ConfigLoader.parseScenario(
            "hlr-stop",
            """
            duration: 12s
            traffic:
              - {name: during, kind: location, from: msc, query: sri_sm,
                 to: {subscribers: attached, pick: random}, rate: 20, duration: 6s}
              - {name: after, kind: location, from: msc, query: sri_sm,
                 to: {subscribers: attached, pick: random}, rate: 20, start: 7s, duration: 4s,
                 expect: {success_ratio: 1.0}}
            events:
              - {at: 2s, action: node_stop, node: hlr}
              - {at: 5s, action: node_start, node: hlr}
            """);
    ScenarioRunner.Report[] report = new ScenarioRunner.Report[1];
    Map<Duration, Sample> s = run(scenario, at(11_900), report);
    assertThat(report[0].unmet()).isEmpty();
    ScenarioResult during = report[0].results().get(0);
    assertThat(during.attempted()).isEqualTo(120);
    // the queries sent while the HLR was down failed (it was down for 3 s of the 6)
    assertThat(during.succeeded()).isBetween(40L, 100L);
    ScenarioResult after = report[0].results().get(1);
    assertThat(after.attempted()).isEqualTo(80);
    assertThat(after.succeeded()).isEqualTo(80);
    // about 4 DATA per query through the STPs (request and answer, each one hop in and one out)
    assertThat(s.get(Duration.ofMillis(11_900)).stpData()).isLessThan(200 * 8);
  }
}
