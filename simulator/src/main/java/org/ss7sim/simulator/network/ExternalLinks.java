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
              "an association from an address not allowed for this link: closed",
              org.ss7sim.m3ua.node.Counter.REFUSED_REGISTRATIONS,
              "REG REQ routing keys: REG RSP with an error status (RFC 4666 §3.6.2)"));

  /** Refusals of one kind (and detail) by one link of one node, and the peer refused last. */
  private static final class Refusals {
    final String link;
    final org.ss7sim.m3ua.node.Counter counter;
    final String detail;
    long count;
    long reported;
    String lastPeer = "";

    Refusals(String link, org.ss7sim.m3ua.node.Counter counter, String detail) {
      this.link = link;
      this.counter = counter;
      this.detail = detail;
    }
  }

  /**
   * Distinct details (a registration's DPC and status) kept per node; beyond it refusals count
   * under their kind without detail, so a peer trying many keys cannot grow the table.
   */
  static final int MAX_DETAILS = 64;

  /** By node, then "link\0counter\0detail" (sorted: lines come in link order). */
  private final Map<String, Map<String, Refusals>> refusals = new ConcurrentHashMap<>();

  /**
   * One row of refusals: by {@code node}'s link {@code link}, of one kind ({@code refusal}: the
   * counter's name without {@code REFUSED_}, lower case: {@code routing_contexts}, {@code
   * registrations}, ...), with what the peer was told ({@code detail}: for a registration the key,
   * its DPC and the REG RSP status; empty for the others), the last peer refused and the count.
   */
  public record Refusal(
      String node, String link, String refusal, String detail, String lastPeer, long count) {}

  /** Every refusal counted so far, by node, link, kind and detail (for /metrics and reports). */
  public List<Refusal> refusals() {
    List<Refusal> out = new ArrayList<>();
    new java.util.TreeMap<>(refusals)
        .forEach(
            (node, byLink) -> {
              synchronized (byLink) {
                for (Refusals r : byLink.values()) {
                  out.add(
                      new Refusal(
                          node,
                          r.link,
                          r.counter
                              .name()
                              .substring("REFUSED_".length())
                              .toLowerCase(java.util.Locale.ROOT),
                          r.detail,
                          r.lastPeer,
                          r.count));
                }
              }
            });
    return out;
  }

  /**
   * The {@link org.ss7sim.m3ua.node.RefusalListener} of simulated node {@code node}: counts each
   * refusal with its detail, then runs {@code then} (on the node's thread).
   */
  org.ss7sim.m3ua.node.RefusalListener listener(String node, Runnable then) {
    return new org.ss7sim.m3ua.node.RefusalListener() {
      @Override
      public void refused(
          org.ss7sim.m3ua.node.Counter counter, String link, List<java.net.SocketAddress> peer) {
        refused(counter, link, peer, "");
      }

      @Override
      public void refused(
          org.ss7sim.m3ua.node.Counter counter,
          String link,
          List<java.net.SocketAddress> peer,
          String detail) {
        ExternalLinks.this.refused(node, counter, link, peer, detail);
        then.run();
      }
    };
  }

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
    refused(node, counter, link, peer, "");
  }

  /** {@link #refused(String, org.ss7sim.m3ua.node.Counter, String, List)} with its detail. */
  void refused(
      String node,
      org.ss7sim.m3ua.node.Counter counter,
      String link,
      List<java.net.SocketAddress> peer,
      String detail) {
    if (!REFUSALS.containsKey(counter)) {
      return;
    }
    Map<String, Refusals> byLink = refusals.computeIfAbsent(node, k -> new java.util.TreeMap<>());
    synchronized (byLink) {
      String key = link + "\0" + counter.name() + "\0" + detail;
      String d = detail;
      if (!byLink.containsKey(key) && byLink.size() >= MAX_DETAILS) {
        d = "";
        key = link + "\0" + counter.name() + "\0";
      }
      String kept = d;
      Refusals r = byLink.computeIfAbsent(key, k -> new Refusals(link, counter, kept));
      r.count++;
      r.lastPeer = peerText(peer);
    }
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
    List<String> lines = new ArrayList<>();
    synchronized (byLink) {
      for (Refusals r : byLink.values()) {
        if (r.count > r.reported) {
          lines.add(
              "node "
                  + node.name()
                  + ", link "
                  + r.link
                  + " (peer "
                  + r.lastPeer
                  + "): refused "
                  + what(r)
                  + " ("
                  + (r.count - r.reported)
                  + " now, "
                  + r.count
                  + " in all on this link)");
          r.reported = r.count;
        }
      }
    }
    for (String line : lines) {
      for (Consumer<String> l : listeners) {
        l.accept(line);
      }
    }
  }

  /**
   * What was refused as the line says it: the kind's meaning, or for a registration with its detail
   * {@code REG REQ routing key 7 for DPC 202 (0-25-2): Error - Permission Denied (5)}.
   */
  private static String what(Refusals r) {
    if (r.counter == org.ss7sim.m3ua.node.Counter.REFUSED_REGISTRATIONS && !r.detail.isEmpty()) {
      return "REG REQ " + r.detail;
    }
    return REFUSALS.get(r.counter) + (r.detail.isEmpty() ? "" : " (" + r.detail + ")");
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
