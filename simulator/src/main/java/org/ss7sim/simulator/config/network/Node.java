package org.ss7sim.simulator.config.network;

import java.util.List;
import java.util.Optional;
import org.ss7sim.mtp.NetworkIndicator;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.Location;

/**
 * A node of the network: one signaling point (or, for an ESME, an SMPP client).
 *
 * @param pointCode empty only for an ESME
 * @param ssns local subsystems; default by kind ({@link NodeKind#defaultSsns()})
 * @param globalTitles the node's own addresses (an HLR's, MSC's or SMSC's E.164 number)
 * @param host the address its listening links and servers bind
 * @param links its M3UA links, declared or mirrored from the peer
 * @param routes its MTP routes, declared first, then the implicit ones
 * @param data what its kind adds
 * @param external played by equipment outside ss7sim ({@code external: true}): never started, but
 *     known by point code, SSNs, GTs and links so simulated nodes can route to it and serve it
 */
public record Node(
    String name,
    NodeKind kind,
    Optional<PointCode> pointCode,
    NetworkIndicator networkIndicator,
    List<Ssn> ssns,
    List<GlobalTitle> globalTitles,
    String host,
    List<Link> links,
    List<Route> routes,
    KindData data,
    Location location,
    boolean external) {
  /** A simulated node. */
  public Node(
      String name,
      NodeKind kind,
      Optional<PointCode> pointCode,
      NetworkIndicator networkIndicator,
      List<Ssn> ssns,
      List<GlobalTitle> globalTitles,
      String host,
      List<Link> links,
      List<Route> routes,
      KindData data,
      Location location) {
    this(
        name,
        kind,
        pointCode,
        networkIndicator,
        ssns,
        globalTitles,
        host,
        links,
        routes,
        data,
        location,
        false);
  }

  public Node {
    ssns = List.copyOf(ssns);
    globalTitles = List.copyOf(globalTitles);
    links = List.copyOf(links);
    routes = List.copyOf(routes);
    if (data.kind() != kind) {
      throw new IllegalArgumentException(kind + " node with " + data.kind() + " data");
    }
  }

  /** Whether ss7sim simulates (starts) this node: not an external one. */
  public boolean simulated() {
    return !external;
  }

  /** The kind data, cast; throws if the node is of another kind. */
  public <T extends KindData> T data(Class<T> type) {
    return type.cast(data);
  }

  /** The links to {@code peer}. */
  public List<Link> linksTo(String peer) {
    return links.stream().filter(l -> l.peer().equals(peer)).toList();
  }

  public Optional<Link> link(String linkName) {
    return links.stream().filter(l -> l.name().equals(linkName)).findFirst();
  }

  /** The nodes this one has links to, in link order, without repeats. */
  public List<String> adjacent() {
    return links.stream().map(Link::peer).distinct().toList();
  }

  /** The most specific route matching {@code dpc} (declared before implicit among equals). */
  public Optional<Route> routeTo(PointCode dpc) {
    Route best = null;
    for (Route r : routes) {
      if (r.matches(dpc) && (best == null || r.specificity() > best.specificity())) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The trunk groups of an SSP or MSC; empty for other kinds. */
  public List<TrunkGroup> trunkGroups() {
    if (data instanceof KindData.SspData s) {
      return s.trunkGroups();
    }
    if (data instanceof KindData.MscData m) {
      return m.trunkGroups();
    }
    if (data instanceof KindData.SipgwData g) {
      return g.trunkGroups();
    }
    return List.of();
  }
}
