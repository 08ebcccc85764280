package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.mtp.PointCode;

/**
 * A started network has converged: once {@link SimNetwork#start} returns, no node holds another
 * started node's point code for inaccessible. With every link active, the STP may still be
 * announcing DUNA and then DAVA for nodes whose links came up a little later; a call placed in that
 * window found its trunk group paused and ended with cause 34 (seen in CI on the SIP gateway's
 * first call).
 */
class RouteConvergenceTest {
  @TempDir Path dir;

  @Test
  void no_started_node_is_inaccessible_to_another_once_the_start_returns() throws Exception {
    try (DemoNetwork demo = new DemoNetwork(dir)) {
      Set<PointCode> started = new HashSet<>();
      for (SimNode n : demo.net.nodes()) {
        started.add(n.m3ua().localPointCode());
      }
      assertThat(started).hasSizeGreaterThan(5);
      for (SimNode n : demo.net.nodes()) {
        assertThat(n.m3ua().inaccessibleDestinations())
            .as(n.name())
            .doesNotContainAnyElementsOf(started);
      }
      assertThat(demo.net.awaitRoutesConverged(Duration.ZERO)).isEmpty();
    }
  }

  @Test
  void a_stopped_node_is_not_waited_for() throws Exception {
    try (DemoNetwork demo = new DemoNetwork(dir)) {
      demo.net.stopNode("hlr");
      long t0 = System.nanoTime();
      assertThat(demo.net.awaitRoutesConverged(Duration.ofSeconds(5))).isEmpty();
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(4));
    }
  }
}
