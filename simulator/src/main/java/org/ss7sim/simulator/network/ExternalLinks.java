package org.ss7sim.simulator.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.ss7sim.m3ua.asp.AsState;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.node.M3uaNode;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Node;

/**
 * The links of this process's nodes to external nodes (issue 13): their M3UA state as one line each
 * ({@code link sut (external sut, listening on 127.0.0.1:2905): AS ACTIVE rc=100}), reported to
 * listeners when it changes, and a bounded wait until all are up (before scenario traffic).
 *
 * <p>A connecting link is up when its ASP is ACTIVE; a listening one when the AS of its routing
 * context is ACTIVE (an outside ASP activated it).
 */
public final class ExternalLinks {
  private final Network network;
  private final Map<String, String> lines = new ConcurrentHashMap<>();
  private final Map<String, Boolean> up = new ConcurrentHashMap<>();
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
  private final List<CompletableFuture<Void>> waiters = new CopyOnWriteArrayList<>();
  private final java.util.Set<String> expected = new java.util.LinkedHashSet<>();

  /** The links to external nodes of the nodes {@code local} (run in this process). */
  ExternalLinks(Network network, java.util.Set<String> local) {
    this.network = network;
    for (String name : local) {
      Node n = network.node(name).orElseThrow();
      for (Link l : n.links()) {
        if (isExternal(l)) {
          expected.add(n.name() + "/" + l.name());
        }
      }
    }
  }

  /** Whether {@code l} of a node leads to an external node. */
  boolean isExternal(Link l) {
    return network.node(l.peer()).map(n -> !n.simulated()).orElse(false);
  }

  /** The states of {@code node}'s links to external nodes, on that node's thread. */
  void report(Node node, M3uaNode m3ua, Map<String, java.net.InetSocketAddress> listeners) {
    Map<Long, String> ases = LinkWiring.asNames(node);
    for (Link l : node.links()) {
      if (!isExternal(l)) {
        continue;
      }
      String key = node.name() + "/" + l.name();
      boolean active;
      String state;
      String where;
      if (l.listens()) {
        AsState s = m3ua.asState(ases.get(l.routingContext()));
        active = s == AsState.AS_ACTIVE;
        state = s.name().replace('_', ' ');
        java.net.InetSocketAddress a = listeners.get(l.name());
        where = "listening on " + (a == null ? l.local() : a.getHostString() + ":" + a.getPort());
      } else {
        AspState s = m3ua.linkState(l.name());
        active = s == AspState.ASP_ACTIVE;
        state = s.name().replace('_', ' ');
        where = "to " + l.remote();
      }
      String line =
          "link "
              + l.name()
              + " (external "
              + l.peer()
              + ", "
              + where
              + "): "
              + state
              + " rc="
              + String.join(",", l.routingContexts().stream().map(String::valueOf).toList());
      String before = lines.put(key, line);
      up.put(key, active);
      if (!line.equals(before)) {
        for (Consumer<String> c : this.listeners) {
          c.accept(line);
        }
      }
    }
    check();
  }

  /** What each refusal counter means to the user, with the ERR the peer got. */
  private static final Map<org.ss7sim.m3ua.node.Counter, String> REFUSALS =
      new java.util.EnumMap<>(
          Map.of(
              org.ss7sim.m3ua.node.Counter.REFUSED_ROUTING_CONTEXTS,
              "ASP Active/Inactive naming a routing context not configured for the peer's link:"
                  + " ERR Invalid Routing Context (0x19)",
              org.ss7sim.m3ua.node.Counter.REFUSED_NO_CONFIGURED_AS,
              "ASP Active without routing context from a peer with no AS configured:"
                  + " ERR No Configured AS for ASP (0x1a)",
              org.ss7sim.m3ua.node.Counter.REFUSED_TRAFFIC_MODES,
              "ASP Active with a traffic mode other than the AS's:"
                  + " ERR Unsupported Traffic Mode Type (0x05)",
              org.ss7sim.m3ua.node.Counter.REFUSED_DATA,
              "DATA with a routing context the sending ASP is not active for:"
                  + " ERR Invalid Routing Context (0x19), dropped",
              org.ss7sim.m3ua.node.Counter.REFUSED_NETWORK_APPEARANCES,
              "DATA with another Network Appearance than the link's:"
                  + " ERR Invalid Network Appearance (0x15), dropped",
              org.ss7sim.m3ua.node.Counter.REFUSED_PEERS,
              "an association from an address not allowed for this link: closed"));

  /** Refusals of one kind by one link of one node, and the peer refused last. */
  private static final class Refusals {
    long count;
    long reported;
    String lastPeer = "";
  }

  /** By node, then "link\0counter" (sorted: lines come in link order). */
  private final Map<String, Map<String, Refusals>> refusals = new ConcurrentHashMap<>();

  /** Each refusal counter of a node and what it means to the user. */
  static Map<org.ss7sim.m3ua.node.Counter, String> refusalMeanings() {
    return REFUSALS;
  }

  /**
   * Counts a refusal by {@code link} of {@code node} (the m3ua node's {@link
   * org.ss7sim.m3ua.node.RefusalListener}); on the node's thread.
   */
  void refused(
      String node,
      org.ss7sim.m3ua.node.Counter counter,
      String link,
      List<java.net.SocketAddress> peer) {
    if (!REFUSALS.containsKey(counter)) {
      return;
    }
    Refusals r =
        refusals
            .computeIfAbsent(node, k -> new java.util.TreeMap<>())
            .computeIfAbsent(link + "\0" + counter.name(), k -> new Refusals());
    r.count++;
    r.lastPeer = peerText(peer);
  }

  /** {@code 127.0.0.2:40312} (several joined with ','), or {@code in-JVM} without address. */
  static String peerText(List<java.net.SocketAddress> peer) {
    if (peer.isEmpty()) {
      return "in-JVM";
    }
    List<String> out = new ArrayList<>();
    for (java.net.SocketAddress a : peer) {
      if (a instanceof java.net.InetSocketAddress i && i.getAddress() != null) {
        String host = i.getAddress().getHostAddress();
        out.add((host.contains(":") ? "[" + host + "]" : host) + ":" + i.getPort());
      } else {
        out.add(String.valueOf(a));
      }
    }
    return String.join(",", out);
  }

  /**
   * Reports (one line each) the refusals {@code node} made since the last report, per link: the
   * link, the peer refused last, what was refused and the ERR the peer got, with the link's total
   * of that kind. On the node's thread.
   */
  void reportRefusals(Node node, M3uaNode m3ua) {
    Map<String, Refusals> byLink = refusals.get(node.name());
    if (byLink == null) {
      return;
    }
    byLink.forEach(
        (key, r) -> {
          if (r.count > r.reported) {
            String link = key.substring(0, key.indexOf('\0'));
            org.ss7sim.m3ua.node.Counter c =
                org.ss7sim.m3ua.node.Counter.valueOf(key.substring(key.indexOf('\0') + 1));
            String line =
                "node "
                    + node.name()
                    + ", link "
                    + link
                    + " (peer "
                    + r.lastPeer
                    + "): refused "
                    + REFUSALS.get(c)
                    + " ("
                    + (r.count - r.reported)
                    + " now, "
                    + r.count
                    + " in all on this link)";
            r.reported = r.count;
            for (Consumer<String> l : listeners) {
              l.accept(line);
            }
          }
        });
  }

  /** Calls {@code listener} with each state change of a link to an external node (one line). */
  public void onChange(Consumer<String> listener) {
    listeners.add(listener);
    lines.values().forEach(listener);
  }

  /** The current line of every link to an external node. */
  public List<String> states() {
    return new ArrayList<>(lines.values());
  }

  /**
   * Waits at most {@code timeout} until every link of this process to an external node is up;
   * returns the lines of those still down (empty when all are up).
   */
  public List<String> awaitUp(Duration timeout) throws Exception {
    CompletableFuture<Void> w = new CompletableFuture<>();
    waiters.add(w);
    check();
    try {
      w.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return List.of();
    } catch (TimeoutException e) {
      waiters.remove(w);
      List<String> down = new ArrayList<>();
      for (String k : expected) {
        if (!up.getOrDefault(k, false)) {
          down.add(lines.getOrDefault(k, "link " + k + ": no state yet"));
        }
      }
      return down;
    }
  }

  /** Whether this process has links to external nodes. */
  public boolean any() {
    return !expected.isEmpty();
  }

  private void check() {
    for (String k : expected) {
      if (!up.getOrDefault(k, false)) {
        return;
      }
    }
    for (CompletableFuture<Void> w : waiters) {
      waiters.remove(w);
      w.complete(null);
    }
  }
}
