package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.transport.loop.VirtualTime;

/**
 * Link states are reported once per burst of M3UA management messages, and to the network only on a
 * change. Each report walks the node's links (and a report to the network used to walk every link
 * of the network): per management message, an STP announcing destinations while hundreds of links
 * came up did O(n^2) such walks, and 500 nodes over TCP did not start. A burst of N BEATs (M3UA
 * management, like the DUNA/DAVA of a start) now costs a fixed number of walks, whatever N.
 */
class LinkReportTest {
  @TempDir Path dir;

  private static final String STAR =
      """
      name: star
      defaults: {transport: injvm}
      nodes:
        - {name: stp, kind: stp, point_code: 1-1-1}
        - {name: a, kind: ssp, point_code: 1-1-2, peers: stp}
        - {name: b, kind: ssp, point_code: 1-1-3, peers: stp}
        - {name: c, kind: ssp, point_code: 1-1-4, peers: stp}
      """;

  @Test
  void a_burst_of_management_messages_costs_one_report_per_node() throws Exception {
    Network network = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("s.yaml"), STAR));
    VirtualTime time = new VirtualTime();
    try (SimNetwork net = SimNetwork.start(network, Set.of(), null, null, time)) {
      net.awaitSettled(Duration.ofMillis(200), Duration.ofSeconds(5));
      SimNode a = net.node("a").orElseThrow();
      SimNode stp = net.node("stp").orElseThrow();
      String link = network.node("a").orElseThrow().links().get(0).name();
      for (int burst : new int[] {10, 1000}) {
        long aBefore = a.linkReports();
        long stpBefore = stp.linkReports();
        long networkBefore = net.linkStateReports();
        a.call(
            () -> {
              for (int i = 0; i < burst; i++) {
                a.m3ua().heartbeat(link); // a BEAT out, a BEAT ACK back: management both ways
              }
              return null;
            });
        net.awaitSettled(Duration.ofMillis(200), Duration.ofSeconds(5));
        assertThat(a.linkReports() - aBefore).as("a, burst of %d", burst).isBetween(1L, 2L);
        assertThat(stp.linkReports() - stpBefore).as("stp, burst of %d", burst).isEqualTo(1L);
        assertThat(net.linkStateReports() - networkBefore)
            .as("no state changed: nothing reported to the network")
            .isZero();
      }
      assertThat(net.linksReportedDown()).isEmpty();
    }
  }
}
