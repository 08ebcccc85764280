package org.ss7sim.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.isup.circuit.Circuit;
import org.ss7sim.isup.circuit.TrunkGroup;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.ssp.Ssp;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.simulator.trace.MessageCounters;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.transport.loop.VirtualTime;

/**
 * Calls on a route that is lost (issue 15; Q.764 §2.13 MTP-PAUSE/RESUME, §2.9.3 circuit group
 * reset), with a real STP between two switches, in virtual time: examples/route-loss-calls.yaml
 * takes ssp-a's only link down at 10 s while answered calls are held and brings it back at 20 s.
 * Both switches release the calls in progress themselves with cause 41, their circuits end neither
 * busy nor blocked; after the route returns each resets its circuits with GRS, the other answers
 * GRA, calls are answered again, and at the end every circuit is idle at both ends.
 */
class RouteLossCallsTest {
  @TempDir Path dir;

  /** One switch's view at one moment. */
  record Side(
      boolean accessible, int busy, int notIdle, int resetRequired, Map<String, Long> released) {}

  record Sample(Side a, Side b) {}

  private static Side side(SimNetwork net, String name) throws Exception {
    SimNode n = net.node(name).orElseThrow();
    Ssp ssp = (Ssp) n.logic().orElseThrow();
    return n.call(
        () -> {
          TrunkGroup g = ssp.trunkGroups().get(0);
          int busy = 0;
          int notIdle = 0;
          int reset = 0;
          for (Circuit c : g.circuits()) {
            busy += c.busy() ? 1 : 0;
            notIdle += c.idle() ? 0 : 1;
            reset += c.resetRequired() ? 1 : 0;
          }
          return new Side(g.accessible(), busy, notIdle, reset, ssp.networkReleases());
        });
  }

  /** Calls released by the switch itself with {@code cause}, answered or not. */
  private static long released(Side s, String direction, int cause) {
    return s.released().entrySet().stream()
        .filter(e -> e.getKey().startsWith(direction) && e.getKey().endsWith("cause " + cause))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  @Test
  void calls_on_the_lost_route_are_released_with_cause_41_and_every_circuit_ends_idle_at_both_ends()
      throws Exception {
    Path examples = Path.of(System.getProperty("ss7sim.root", "..")).resolve("examples");
    Network config = ConfigLoader.loadNetwork(examples.resolve("route-loss-network.yaml"));
    Scenario scenario = ConfigLoader.loadScenario(examples.resolve("route-loss-calls.yaml"));
    Tracer tracer = new Tracer(null, 0);
    Map<Duration, Sample> samples = new LinkedHashMap<>();
    ScenarioRunner.Report report;
    try (SimNetwork net =
        SimNetwork.start(
            config,
            Set.of(),
            tracer,
            new NodeKinds(config, true, dir)::logicFor,
            new VirtualTime())) {
      for (long ms : new long[] {9_900, 12_000, 19_900, 25_000}) {
        Duration at = Duration.ofMillis(ms);
        net.clock()
            .schedule(
                at,
                () -> {
                  try {
                    samples.put(at, new Sample(side(net, "ssp-a"), side(net, "ssp-b")));
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });
      }
      report = ScenarioRunner.run(net, scenario, null, null);
      // after the run (the last calls' hold time): every circuit idle at both ends
      assertThat(net.awaitNoLeaks(Duration.ofSeconds(10))).isEmpty();
      assertThat(side(net, "ssp-a").notIdle()).as("ssp-a circuits not idle").isZero();
      assertThat(side(net, "ssp-b").notIdle()).as("ssp-b circuits not idle").isZero();
    }
    assertThat(report.unmet()).isEmpty();
    assertThat(report.leaks()).isEmpty();

    Sample before = samples.get(Duration.ofMillis(9_900));
    Sample during = samples.get(Duration.ofMillis(12_000));
    Sample outage = samples.get(Duration.ofMillis(19_900));
    Sample after = samples.get(Duration.ofMillis(25_000));
    // calls were up on the route when it went
    assertThat(before.a().accessible()).isTrue();
    assertThat(before.a().busy()).as("calls up before the outage").isGreaterThanOrEqualTo(10);
    assertThat(before.b().busy()).isEqualTo(before.a().busy());
    assertThat(before.a().released()).isEmpty();
    // both ends lost the route (MTP-PAUSE) and released every call on it themselves, cause 41
    for (Side s : new Side[] {during.a(), during.b()}) {
      assertThat(s.accessible()).as("trunk group accessible during the outage").isFalse();
      assertThat(s.busy()).as("circuits still busy during the outage").isZero();
      assertThat(s.resetRequired()).isGreaterThanOrEqualTo(before.a().busy());
    }
    assertThat(released(during.a(), "outgoing", 41)).isEqualTo(before.a().busy());
    assertThat(released(during.b(), "incoming", 41)).isEqualTo(before.b().busy());
    assertThat(during.a().released()).containsKey("outgoing answered cause 41");
    assertThat(during.b().released()).containsKey("incoming answered cause 41");
    assertThat(during.b().released().keySet()).allMatch(k -> k.endsWith("cause 41"));
    // nothing got through meanwhile: calls attempted during the outage failed at ssp-a
    assertThat(outage.a().busy()).isZero();
    assertThat(outage.b().busy()).isZero();
    // the route is back: no circuit left to reset or blocked at either end
    for (Side s : new Side[] {after.a(), after.b()}) {
      assertThat(s.accessible()).isTrue();
      assertThat(s.resetRequired()).isZero();
      assertThat(s.notIdle()).as("circuits not idle besides new calls").isEqualTo(s.busy());
    }
    assertThat(after.a().busy()).as("new calls answered after the outage").isPositive();
    // circuit group reset from both ends, each answered
    Map<MessageCounters.Key, Long> sent = tracer.counters().sent();
    for (String node : new String[] {"ssp-a", "ssp-b"}) {
      assertThat(sent.getOrDefault(new MessageCounters.Key(node, "isup", "GRS"), 0L))
          .as(node + " GRS")
          .isPositive();
      assertThat(sent.getOrDefault(new MessageCounters.Key(node, "isup", "GRA"), 0L))
          .as(node + " GRA")
          .isPositive();
    }
    ScenarioResult calls = report.results().get(0);
    assertThat(calls.failed())
        .as("calls attempted while the route was lost")
        .containsKey("no_circuit_available");
  }
}
