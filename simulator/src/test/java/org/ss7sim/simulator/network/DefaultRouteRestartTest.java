package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.m3ua.node.RouteStatus;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Route;
import org.ss7sim.simulator.generate.NetworkGenerator;
import org.ss7sim.simulator.generate.Shape;
import org.ss7sim.transport.loop.VirtualTime;

/**
 * The network of {@link MatedStpRestartTest} with default routes for end nodes ({@code
 * end_node_routes: default}): the HLR, MSC and SMSC reach ssp-02 by their default route over the
 * STP pair, not an exact one, and still learn from the pair's DUNA that it is lost and from DAVA
 * that it is back; ssp-01, its trunk peer, keeps an exact route, and its calls fail while ssp-02 is
 * down and go through again once it is back (in one JVM, under virtual time).
 */
class DefaultRouteRestartTest {
  static final int SSP2 = 1002;
  static final List<String> DEFAULT_ROUTED = List.of("hlr-01", "msc-01", "smsc-01");

  @TempDir Path dir;

  @Test
  void end_nodes_on_a_default_route_see_a_switch_lost_and_back() throws Exception {
    Path file = dir.resolve("restart.yaml");
    Files.writeString(
        file,
        new NetworkGenerator(
                new Shape(
                    "restart",
                    1,
                    2,
                    1,
                    1,
                    1,
                    100,
                    15,
                    "tcp",
                    Shape.Topology.RING,
                    1,
                    2905,
                    0,
                    true))
            .network());
    Network network = ConfigLoader.loadNetwork(file);
    PointCode ssp2 =
        new PointCode(network.node("ssp-02").orElseThrow().pointCode().get().format(), SSP2);
    for (String n : DEFAULT_ROUTED) {
      Route r = network.node(n).orElseThrow().routeTo(ssp2).orElseThrow();
      assertThat(r.isDefault()).as(n + " routes ssp-02 by its default route").isTrue();
    }
    assertThat(network.node("ssp-01").orElseThrow().routeTo(ssp2).orElseThrow().isDefault())
        .as("a trunk peer keeps its exact route")
        .isFalse();

    NodeKinds kinds = new NodeKinds(network, true, dir);
    try (SimNetwork net =
        SimNetwork.start(network, Set.of(), null, kinds::logicFor, new VirtualTime())) {
      SimNode ssp1 = net.node("ssp-01").orElseThrow();
      for (String n : DEFAULT_ROUTED) {
        assertThat(reaches(net, n)).as(n + " reaches ssp-02").isTrue();
        SimNode node = net.node(n).orElseThrow();
        List<RouteStatus> routes = node.call(() -> node.m3ua().routeStatus(ssp2));
        assertThat(routes).as(n).hasSize(2); // the default route over both STPs
      }
      assertThat(MatedStpRestartTest.call(net, ssp1).success()).isTrue();

      net.stopNode("ssp-02");
      MatedStpRestartTest.advance(net, Duration.ofSeconds(2));
      for (String n : DEFAULT_ROUTED) {
        assertThat(reaches(net, n)).as(n + " reaches ssp-02 while it is down").isFalse();
      }
      assertThat(reaches(net, "ssp-01")).isFalse();
      assertThat(MatedStpRestartTest.call(net, ssp1).success()).isFalse();

      net.restartNode("ssp-02");
      for (int i = 0; i < 50 && !DEFAULT_ROUTED.stream().allMatch(n -> reaches(net, n)); i++) {
        MatedStpRestartTest.advance(net, Duration.ofMillis(100));
      }
      for (String n : DEFAULT_ROUTED) {
        assertThat(reaches(net, n)).as(n + " reaches ssp-02 again").isTrue();
      }
      for (int i = 0; i < 50 && !reaches(net, "ssp-01"); i++) {
        MatedStpRestartTest.advance(net, Duration.ofMillis(100));
      }
      assertThat(MatedStpRestartTest.call(net, ssp1).success()).isTrue();
    }
  }

  private static boolean reaches(SimNetwork net, String node) {
    SimNode n = net.node(node).orElseThrow();
    try {
      return n.call(
          () -> n.m3ua().accessible(new PointCode(n.m3ua().localPointCode().format(), SSP2)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
