package org.ss7sim.simulator.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;

/**
 * {@code GET /health}: whether every link of the nodes this process runs is up at M3UA level
 * ({@link LinkEnd}), links to external nodes included. Each node is asked on its own thread, all at
 * once, and the answer waits at most {@link #NODE_ANSWER} for them: a node whose loop does not
 * answer in time counts as not up, so a probe never hangs on a busy node.
 */
final class Health {
  /** How long the answer waits for the nodes' threads. */
  static final Duration NODE_ANSWER = Duration.ofSeconds(2);

  /**
   * What {@code GET /health} found: the number of nodes and link ends looked at, and one line for
   * each that is not up.
   */
  record Report(int nodes, int links, List<String> down) {
    Report {
      down = List.copyOf(down);
    }

    boolean up() {
      return down.isEmpty();
    }

    /** {@code up: 4 links of 2 nodes}, or the lines of what is not up. */
    String text() {
      if (up()) {
        return "up: "
            + links
            + " link"
            + (links == 1 ? "" : "s")
            + " of "
            + nodes
            + " node"
            + (nodes == 1 ? "" : "s")
            + "\n";
      }
      return String.join("\n", down) + "\n";
    }
  }

  private final SimNetwork net;
  private final Set<String> local;

  /**
   * @param local the nodes this process runs (a node of them stopped through the API is not up)
   */
  Health(SimNetwork net, Set<String> local) {
    this.net = net;
    this.local = Set.copyOf(local);
  }

  Report check() throws InterruptedException {
    Map<String, CompletableFuture<List<LinkEnd>>> asked = new LinkedHashMap<>();
    for (String name : net.config().nodes().stream().map(n -> n.name()).toList()) {
      if (!local.contains(name)) {
        continue;
      }
      Optional<SimNode> n = net.node(name);
      asked.put(
          name,
          n.isPresent()
              ? n.get().loop().submit(() -> LinkEnd.of(n.get()))
              : CompletableFuture.failedFuture(new IllegalStateException("not running")));
    }
    long deadline = net.clock().nanoTime() + NODE_ANSWER.toNanos();
    List<String> down = new ArrayList<>();
    int links = 0;
    for (Map.Entry<String, CompletableFuture<List<LinkEnd>>> e : asked.entrySet()) {
      String node = e.getKey();
      try {
        List<LinkEnd> ends =
            e.getValue().get(Math.max(0, deadline - net.clock().nanoTime()), TimeUnit.NANOSECONDS);
        links += ends.size();
        for (LinkEnd end : ends) {
          if (!end.up()) {
            down.add(end.line());
          }
        }
      } catch (TimeoutException late) {
        down.add(node + ": no answer from its event loop within " + NODE_ANSWER.toMillis() + " ms");
      } catch (ExecutionException failed) {
        down.add(node + ": " + failed.getCause().getMessage());
      }
    }
    return new Report(asked.size(), links, down);
  }
}
