package org.ss7sim.simulator.config.network;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Peering checks of {@link NetworkValidator} (issue 13, RFC 4666): external nodes, listeners (one
 * per address, multi-homed ends included), routing contexts unique per node, traffic modes and the
 * other AS facts agreeing at both ends, allowed-peer lists that can work.
 */
final class PeeringChecks {
  private final NetworkValidator v;
  private final Network network;

  PeeringChecks(NetworkValidator v) {
    this.v = v;
    this.network = v.network;
  }

  void run() {
    Map<String, Listener> listeners = new HashMap<>();
    Set<String> pairs = new HashSet<>();
    for (Node n : network.nodes()) {
      if (network.node(n.name()).orElseThrow() != n) {
        continue; // a duplicate name, reported elsewhere
      }
      external(n);
      Map<Long, Link> byRc = new HashMap<>();
      for (Link l : n.links()) {
        String what = "link '" + l.name() + "' of node '" + n.name() + "'";
        addresses(n, l, what);
        listener(n, l, what, listeners);
        routingContexts(n, l, what, byRc);
        allowedPeers(n, l, what);
        if (l.role() == LinkRole.SGP && l.peering().aspIdentifier().isPresent()) {
          v.report(
              l.location(),
              what + " is the sgp end but has asp_id: the ASP end sends its identifier");
        }
        bothEnds(n, l, what, pairs);
      }
    }
  }

  private void external(Node n) {
    if (n.kind() == NodeKind.ENDPOINT && !n.external()) {
      v.report(
          n.location(),
          "node '"
              + n.name()
              + "' is an endpoint, which ss7sim does not simulate: write external: true"
              + " (or give it a simulated kind)");
    }
    if (n.external()
        && !n.links().isEmpty()
        && n.links().stream()
            .noneMatch(l -> network.node(l.peer()).map(Node::simulated).orElse(false))) {
      v.report(
          n.location(),
          "external node '"
              + n.name()
              + "' is linked to no simulated node, so ss7sim cannot reach it"
              + " (link it to a simulated node)");
    }
  }

  private void addresses(Node n, Link l, String what) {
    Peering p = l.peering();
    if (!l.mirrored()
        && (p.localHosts().size() > 1 || p.remoteHosts().size() > 1)
        && l.transport() != TransportKind.SCTP) {
      v.report(
          l.location(),
          what
              + " has several addresses ("
              + String.join(", ", p.localHosts().size() > 1 ? p.localHosts() : p.remoteHosts())
              + ") but uses "
              + LinkChecks.name(l.transport())
              + ": only sctp is multi-homed");
    }
  }

  private record Listener(Node node, String what, boolean extra) {}

  /** One listener per address: host and port, every address of a multi-homed end, wildcards. */
  private void listener(Node n, Link l, String what, Map<String, Listener> listeners) {
    if (!l.listens() || l.transport() == TransportKind.INJVM || l.local().port() == 0) {
      return;
    }
    int port = l.local().port();
    for (String host : l.peering().localHosts().subList(1, l.peering().localHosts().size())) {
      claim(n, l, what, host, port, listeners);
    }
    // The first address is checked by LinkChecks unless it meets a wildcard.
    String first = l.local().host();
    Listener wildcard = listeners.get("*:" + port);
    if (wildcard != null && (n.simulated() || wildcard.node().simulated())) {
      v.report(
          l.location(),
          what
              + " listens on "
              + l.local()
              + ", as does "
              + wildcard.what()
              + " (on every address)");
    }
    if (Peering.isWildcard(first)) {
      for (Map.Entry<String, Listener> e : listeners.entrySet()) {
        if (e.getKey().endsWith(":" + port)
            && !e.getKey().startsWith("*:")
            && (n.simulated() || e.getValue().node().simulated())) {
          v.report(
              l.location(),
              what
                  + " listens on every address at port "
                  + port
                  + ", as does "
                  + e.getValue().what()
                  + " on "
                  + e.getKey());
          break;
        }
      }
      listeners.putIfAbsent("*:" + port, new Listener(n, what, false));
    } else {
      Listener other = listeners.putIfAbsent(first + ":" + port, new Listener(n, what, false));
      if (other != null && other.extra() && (n.simulated() || other.node().simulated())) {
        v.report(l.location(), what + " listens on " + l.local() + ", as does " + other.what());
      }
    }
  }

  private void claim(
      Node n, Link l, String what, String host, int port, Map<String, Listener> listeners) {
    String key = host + ":" + port;
    Listener other = listeners.putIfAbsent(key, new Listener(n, what, true));
    if (other != null && (n.simulated() || other.node().simulated())) {
      v.report(l.location(), what + " listens on " + key + ", as does " + other.what());
    }
  }

  /**
   * Routing contexts unique per node where it serves ASes (its listening ends: an AS is served only
   * by the ASPs configured for it); an ASP may use one RC towards several SGPs.
   */
  private void routingContexts(Node n, Link l, String what, Map<Long, Link> byRc) {
    if (!l.listens() || l.peer().equals(n.name()) || network.node(l.peer()).isEmpty()) {
      return;
    }
    Set<Long> own = new HashSet<>();
    for (long rc : l.routingContexts()) {
      if (!own.add(rc)) {
        v.report(l.location(), what + " names routing context " + rc + " twice");
        continue;
      }
      Link earlier = byRc.putIfAbsent(rc, l);
      if (earlier == null || earlier == l) {
        continue;
      }
      if (!earlier.peer().equals(l.peer())) {
        v.report(
            l.location(),
            what
                + " (to '"
                + l.peer()
                + "') has routing context "
                + rc
                + ", which link '"
                + earlier.name()
                + "' (to '"
                + earlier.peer()
                + "') of the same node already has: routing contexts must be unique per node"
                + " (links to one peer may share one)");
      } else if (earlier.trafficMode() != l.trafficMode()) {
        v.report(
            l.location(),
            what
                + " has traffic mode "
                + LinkChecks.name(l.trafficMode())
                + " for routing context "
                + rc
                + " but link '"
                + earlier.name()
                + "' has "
                + LinkChecks.name(earlier.trafficMode())
                + ": one AS has one traffic mode");
      }
    }
  }

  private void allowedPeers(Node n, Link l, String what) {
    List<String> allowed = l.peering().allowedPeers();
    if (allowed.isEmpty()) {
      return;
    }
    if (!l.listens()) {
      v.report(
          l.location(),
          what + " connects, so allowed_peers has no effect: only the listening end admits peers");
      return;
    }
    if (l.transport() == TransportKind.INJVM) {
      v.report(
          l.location(),
          what + " is injvm, whose peers have no address: allowed_peers would refuse every peer");
      return;
    }
    Optional<Node> peer = network.node(l.peer());
    if (peer.isEmpty() || l.peerLink().isEmpty()) {
      return;
    }
    Optional<Link> other = peer.get().link(l.peerLink().get());
    if (other.isEmpty()) {
      return;
    }
    String host = other.get().local().host();
    if (Peering.isIpLiteral(host) && !Peering.isWildcard(host) && !allowed.contains(host)) {
      v.report(
          l.location(),
          what
              + " admits only "
              + String.join(", ", allowed)
              + " (allowed_peers) but its peer '"
              + peer.get().name()
              + "' connects from "
              + host
              + ": the link would never come up");
    }
  }

  /** Both ends agree on every routing context, the traffic mode, NA and IPSP exchange. */
  private void bothEnds(Node n, Link l, String what, Set<String> pairs) {
    if (l.peerLink().isEmpty() || l.mirrored()) {
      return;
    }
    Optional<Link> other = network.node(l.peer()).flatMap(p -> p.link(l.peerLink().get()));
    if (other.isEmpty()) {
      return;
    }
    Link o = other.get();
    String key =
        n.name().compareTo(l.peer()) < 0
            ? n.name() + "/" + l.name() + "|" + l.peer() + "/" + o.name()
            : l.peer() + "/" + o.name() + "|" + n.name() + "/" + l.name();
    if (!pairs.add(key)) {
      return;
    }
    String otherEnd = "its other end '" + o.name() + "' at node '" + l.peer() + "'";
    if (l.routingContext() == o.routingContext()
        && !l.routingContexts().equals(o.routingContexts())) {
      v.report(
          l.location(),
          what
              + " has routing contexts "
              + l.routingContexts()
              + " but "
              + otherEnd
              + " has "
              + o.routingContexts());
    }
    if (l.trafficMode() != o.trafficMode()) {
      v.report(
          l.location(),
          what
              + " has traffic mode "
              + LinkChecks.name(l.trafficMode())
              + " but "
              + otherEnd
              + " has "
              + LinkChecks.name(o.trafficMode()));
    }
    if (!l.peering().networkAppearance().equals(o.peering().networkAppearance())) {
      v.report(
          l.location(),
          what
              + " has network appearance "
              + text(l.peering().networkAppearance())
              + " but "
              + otherEnd
              + " has "
              + text(o.peering().networkAppearance()));
    }
    if (l.role() == LinkRole.IPSP
        && o.role() == LinkRole.IPSP
        && l.peering().doubleExchange() != o.peering().doubleExchange()) {
      v.report(
          l.location(),
          what
              + " is "
              + (l.peering().doubleExchange() ? "ipsp-de" : "ipsp-se")
              + " but "
              + otherEnd
              + " is "
              + (o.peering().doubleExchange() ? "ipsp-de" : "ipsp-se"));
    }
  }

  private static String text(java.util.OptionalLong na) {
    return na.isPresent() ? String.valueOf(na.getAsLong()) : "none";
  }
}
