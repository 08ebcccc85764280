package org.ss7sim.simulator.config.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ss7sim.mtp.PointCode;

/**
 * Turns the links written in the file into both ends of every association. A link written at one
 * end only is mirrored to the other; links written at both ends are paired in order. Missing values
 * are filled in: the role from the node kinds (STP end SGP, other end ASP; IPSP between equals),
 * the listening end from the role (SGP listens, ASP connects, between IPSPs the end written first
 * listens), ports from the base port, the routing context from the ASP end's point code.
 * Conflicting values are kept as written for {@link NetworkValidator} to report.
 */
final class LinkResolver {
  /** What the resolver needs to know of a node. */
  record NodeInfo(String name, NodeKind kind, Optional<PointCode> pointCode, String host) {}

  private final Map<String, NodeInfo> nodes;
  private final NetworkDefaults defaults;
  private final Set<Integer> usedPorts = new HashSet<>();
  private int nextPort;

  LinkResolver(List<NodeInfo> nodes, NetworkDefaults defaults) {
    this.nodes = new LinkedHashMap<>();
    for (NodeInfo n : nodes) {
      this.nodes.putIfAbsent(n.name(), n);
    }
    this.defaults = defaults;
    this.nextPort = defaults.basePort();
  }

  /** Resolves every spec; returns the links of each node by node name, in declaration order. */
  Map<String, List<Link>> resolve(List<LinkSpec> specs) {
    for (LinkSpec s : specs) {
      s.localPort().ifPresent(usedPorts::add);
      s.remotePort().ifPresent(usedPorts::add);
    }
    Map<String, List<Link>> out = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> nameCounts = new LinkedHashMap<>();
    Set<LinkSpec> done = new HashSet<>();
    for (LinkSpec a : specs) {
      if (done.contains(a)) {
        continue;
      }
      List<LinkSpec> ab = between(specs, a.node(), a.peer());
      List<LinkSpec> ba = between(specs, a.peer(), a.node());
      boolean peerTakesLinks =
          nodes.containsKey(a.peer())
              && nodes.get(a.peer()).kind().isSignalingPoint()
              && !a.peer().equals(a.node());
      if (ba.isEmpty() && peerTakesLinks) {
        ba = ab.stream().map(LinkSpec::mirror).toList();
      }
      if (a.peer().equals(a.node())) {
        ba = List.of();
      }
      done.addAll(ab);
      done.addAll(ba);
      int pairs = Math.min(ab.size(), ba.size());
      for (int i = 0; i < Math.max(ab.size(), ba.size()); i++) {
        LinkSpec x = i < ab.size() ? ab.get(i) : null;
        LinkSpec y = i < ba.size() ? ba.get(i) : null;
        if (i < pairs) {
          String xName = x.name().orElseGet(() -> defaultName(nameCounts, x.node(), x.peer()));
          String yName = y.name().orElseGet(() -> defaultName(nameCounts, y.node(), y.peer()));
          Link[] both = pair(x, y, xName, yName);
          out.computeIfAbsent(x.node(), k -> new ArrayList<>()).add(both[0]);
          out.computeIfAbsent(y.node(), k -> new ArrayList<>()).add(both[1]);
        } else {
          LinkSpec lone = x != null ? x : y;
          String name =
              lone.name().orElseGet(() -> defaultName(nameCounts, lone.node(), lone.peer()));
          out.computeIfAbsent(lone.node(), k -> new ArrayList<>()).add(alone(lone, name));
        }
      }
    }
    return out;
  }

  private static List<LinkSpec> between(List<LinkSpec> specs, String from, String to) {
    return specs.stream().filter(s -> s.node().equals(from) && s.peer().equals(to)).toList();
  }

  private static String defaultName(
      Map<String, Map<String, Integer>> counts, String node, String peer) {
    int n = counts.computeIfAbsent(node, k -> new LinkedHashMap<>()).merge(peer, 1, Integer::sum);
    return n == 1 ? node + "-" + peer : node + "-" + peer + "-" + n;
  }

  private LinkRole defaultRole(String node, String peer) {
    NodeKind mine = kindOf(node);
    NodeKind theirs = kindOf(peer);
    if (mine == NodeKind.STP && theirs != NodeKind.STP && theirs != null) {
      return LinkRole.SGP;
    }
    if (mine != NodeKind.STP && theirs == NodeKind.STP) {
      return LinkRole.ASP;
    }
    return LinkRole.IPSP;
  }

  private NodeKind kindOf(String node) {
    NodeInfo n = nodes.get(node);
    return n == null ? null : n.kind();
  }

  private String hostOf(String node) {
    NodeInfo n = nodes.get(node);
    return n == null ? defaults.host() : n.host();
  }

  private long pointCodeValue(String node) {
    NodeInfo n = nodes.get(node);
    return n == null ? 0 : n.pointCode().map(PointCode::value).orElse(0);
  }

  private int allocatePort() {
    while (usedPorts.contains(nextPort)) {
      nextPort++;
    }
    usedPorts.add(nextPort);
    return nextPort++;
  }

  /** Both ends of a link written at both ends (or at one end and mirrored). */
  private Link[] pair(LinkSpec x, LinkSpec y, String xName, String yName) {
    LinkRole xRole =
        x.role().orElse(y.role().map(LinkRole::peerRole).orElse(defaultRole(x.node(), y.node())));
    LinkRole yRole = y.role().orElse(xRole.peerRole());
    boolean xListens =
        x.listen()
            .orElse(
                y.listen().map(b -> !b).orElse(xRole == LinkRole.SGP || xRole == LinkRole.IPSP));
    boolean yListens = y.listen().orElse(!xListens);
    LinkSpec server = xListens ? x : y;
    LinkSpec client = xListens ? y : x;
    OptionalInt givenPort =
        server.localPort().isPresent() ? server.localPort() : client.remotePort();
    int port = givenPort.isPresent() ? givenPort.getAsInt() : allocatePort();
    String serverHost =
        server.localHost().orElse(client.remoteHost().orElse(hostOf(server.node())));
    String clientHost = client.localHost().orElse(hostOf(client.node()));
    long rcDefault =
        pointCodeValue(
            xRole == LinkRole.ASP || (xRole == LinkRole.IPSP && !xListens) ? x.node() : y.node());
    long xRc = x.routingContext().orElse(y.routingContext().orElse(rcDefault));
    long yRc = y.routingContext().orElse(xRc);
    boolean explicitPorts = givenPort.isPresent();
    Link xl =
        end(x, y, xName, xRole, xListens, serverHost, clientHost, port, xRc, yName, explicitPorts);
    Link yl =
        end(y, x, yName, yRole, yListens, serverHost, clientHost, port, yRc, xName, explicitPorts);
    return new Link[] {xl, yl};
  }

  private Link end(
      LinkSpec s,
      LinkSpec other,
      String name,
      LinkRole role,
      boolean listens,
      String serverHost,
      String clientHost,
      int port,
      long rc,
      String peerLink,
      boolean explicitPorts) {
    Endpoint local;
    Endpoint remote;
    if (listens) {
      local = new Endpoint(s.localHost().orElse(serverHost), s.localPort().orElse(port));
      remote = new Endpoint(s.remoteHost().orElse(clientHost), s.remotePort().orElse(0));
    } else {
      local = new Endpoint(s.localHost().orElse(clientHost), s.localPort().orElse(0));
      remote = new Endpoint(s.remoteHost().orElse(serverHost), s.remotePort().orElse(port));
    }
    TransportKind transport = s.transport().orElse(defaults.transport());
    return new Link(
        name,
        s.peer(),
        transport,
        role,
        listens,
        local,
        remote,
        rc,
        Optional.of(peerLink),
        s.mirrored(),
        explicitPorts,
        s.location(),
        peering(s.peering(), other.peering().mirror(), local, remote, rc, listens, transport));
  }

  /**
   * The peering of one end: what it says, else what the other end says (mirrored), else the
   * defaults (one address, loadshare, no network appearance or ASP identifier, single exchange; a
   * listening TCP/SCTP end admits the other end's addresses when they are IP literals).
   */
  static Peering peering(
      LinkSpec.PeeringSpec own,
      LinkSpec.PeeringSpec fromOther,
      Endpoint local,
      Endpoint remote,
      long rc,
      boolean listens,
      TransportKind transport) {
    List<String> localHosts = new ArrayList<>(List.of(local.host()));
    localHosts.addAll(
        own.moreLocalHosts().isEmpty() ? fromOther.moreLocalHosts() : own.moreLocalHosts());
    List<String> remoteHosts = new ArrayList<>(List.of(remote.host()));
    remoteHosts.addAll(
        own.moreRemoteHosts().isEmpty() ? fromOther.moreRemoteHosts() : own.moreRemoteHosts());
    List<Long> rcs =
        !own.routingContexts().isEmpty()
            ? own.routingContexts()
            : !fromOther.routingContexts().isEmpty() ? fromOther.routingContexts() : List.of(rc);
    if (rcs.get(0) != rc) {
      // The first routing context is the link's; keep the link's when the two disagree.
      List<Long> fixed = new ArrayList<>(rcs);
      fixed.set(0, rc);
      rcs = fixed;
    }
    List<String> allowed;
    if (own.allowedPeers().isPresent()) {
      allowed = own.allowedPeers().get();
    } else if (listens && transport != TransportKind.INJVM) {
      boolean literal =
          remoteHosts.stream().allMatch(h -> Peering.isIpLiteral(h) && !Peering.isWildcard(h));
      allowed = literal ? List.copyOf(new java.util.LinkedHashSet<>(remoteHosts)) : List.of();
    } else {
      allowed = List.of();
    }
    return new Peering(
        localHosts,
        remoteHosts,
        rcs,
        own.trafficMode().or(fromOther::trafficMode).orElse(TrafficMode.LOADSHARE),
        own.networkAppearance().isPresent()
            ? own.networkAppearance()
            : fromOther.networkAppearance(),
        own.aspIdentifier(),
        own.doubleExchange().or(fromOther::doubleExchange).orElse(false),
        allowed);
  }

  /** A link whose peer declares no matching link back (or is not a node of the file). */
  private Link alone(LinkSpec s, String name) {
    LinkRole role = s.role().orElse(defaultRole(s.node(), s.peer()));
    boolean listens = s.listen().orElse(role != LinkRole.ASP);
    boolean explicit = listens ? s.localPort().isPresent() : s.remotePort().isPresent();
    int port = (listens ? s.localPort() : s.remotePort()).orElseGet(this::allocatePort);
    String host = hostOf(s.node());
    Endpoint local =
        listens
            ? new Endpoint(s.localHost().orElse(host), port)
            : new Endpoint(s.localHost().orElse(host), s.localPort().orElse(0));
    Endpoint remote =
        listens
            ? new Endpoint(s.remoteHost().orElse(hostOf(s.peer())), s.remotePort().orElse(0))
            : new Endpoint(s.remoteHost().orElse(hostOf(s.peer())), port);
    long rc = s.routingContext().orElse(pointCodeValue(role == LinkRole.SGP ? s.peer() : s.node()));
    TransportKind transport = s.transport().orElse(defaults.transport());
    return new Link(
        name,
        s.peer(),
        transport,
        role,
        listens,
        local,
        remote,
        rc,
        Optional.empty(),
        s.mirrored(),
        explicit,
        s.location(),
        peering(s.peering(), LinkSpec.PeeringSpec.NONE, local, remote, rc, listens, transport));
  }
}
