package org.ss7sim.simulator.network;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.m3ua.node.AsConfig;
import org.ss7sim.m3ua.node.AspLinkConfig;
import org.ss7sim.m3ua.node.M3uaNodeBuilder;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.network.LinkRole;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.Peering;
import org.ss7sim.simulator.config.network.TransportKind;
import org.ss7sim.transport.AssociationConfig;

/**
 * One node's links as M3UA configuration (RFC 4666), the same for a link to a simulated node and to
 * external equipment: every {@link Peering} fact of the network file is carried over.
 *
 * <ul>
 *   <li>A listening link is a server (an IPSP double-exchange server for role {@code ipsp} with
 *       double exchange), bound to every local address for SCTP, admitting only its allowed peers,
 *       with its own Network Appearance and ASP Identifier.
 *   <li>Each routing context served by listening links is ONE application server with the links'
 *       traffic mode, bound ({@link AsConfig#on}) to exactly the listening links that carry it: an
 *       ASP of another link can neither activate it (ERR 0x19) nor receive its traffic.
 *   <li>A connecting link is an ASP (or IPSP) link activating its routing contexts with its traffic
 *       mode, ASP Identifier and Network Appearance, towards every remote address (SCTP).
 * </ul>
 *
 * Routes to a peer go through the AS of the link's first routing context (listening) or the link
 * itself (connecting).
 */
final class LinkWiring {
  private LinkWiring() {}

  /**
   * What the routes of the node go through.
   *
   * @param viaByTarget per peer node name and per link name: the M3UA links or ASes leading there
   * @param transports the transports the links use
   */
  record Wired(Map<String, List<String>> viaByTarget, Set<TransportKind> transports) {}

  /**
   * Declares {@code node}'s links on {@code b}.
   *
   * @param bound addresses already bound: {@code listen:<node>/<link>} for a listening link
   *     restarted, {@code <node>/<link>} for the listener a connecting link points at
   * @param localNodes the nodes running in this process (a link between two of them without ports
   *     in the file listens on an ephemeral port)
   * @param virtual a virtual-time run: every link in this JVM (in-JVM associations carry no
   *     addresses, so no allowed-peer check)
   */
  static Wired wire(
      M3uaNodeBuilder b,
      Node node,
      Map<String, InetSocketAddress> bound,
      Set<String> localNodes,
      boolean virtual) {
    Set<TransportKind> used = EnumSet.noneOf(TransportKind.class);
    Map<String, List<String>> viaByTarget = new LinkedHashMap<>();
    Map<Long, List<Link>> serversByRc = new LinkedHashMap<>();
    Map<Long, String> asByRc = asNames(node);
    for (Link l : node.links()) {
      TransportKind transport = virtual ? TransportKind.INJVM : l.transport();
      used.add(transport);
      String via;
      if (l.listens()) {
        server(b, node, l, transport, bound, localNodes);
        for (long rc : l.routingContexts()) {
          serversByRc.computeIfAbsent(rc, k -> new ArrayList<>()).add(l);
        }
        via = asByRc.get(l.routingContext());
      } else {
        b.link(client(node, l, transport, bound));
        via = l.name();
      }
      viaByTarget.computeIfAbsent(l.peer(), k -> new ArrayList<>()).add(via);
      viaByTarget.computeIfAbsent(l.name(), k -> new ArrayList<>()).add(via);
    }
    serversByRc.forEach(
        (rc, links) ->
            b.applicationServer(
                new AsConfig(asByRc.get(rc), rc, mode(links.get(0)))
                    .on(links.stream().map(Link::name).toArray(String[]::new))));
    return new Wired(viaByTarget, used);
  }

  /**
   * The name of the application server of each routing context served by {@code node}'s listening
   * links: {@code as-<link>} after the first link carrying it ({@code as-<link>-<rc>} when it is
   * not that link's first RC).
   */
  static Map<Long, String> asNames(Node node) {
    Map<Long, String> asByRc = new LinkedHashMap<>();
    for (Link l : node.links()) {
      if (l.listens()) {
        for (long rc : l.routingContexts()) {
          asByRc.putIfAbsent(
              rc, rc == l.routingContext() ? "as-" + l.name() : "as-" + l.name() + "-" + rc);
        }
      }
    }
    return asByRc;
  }

  private static void server(
      M3uaNodeBuilder b,
      Node node,
      Link l,
      TransportKind transport,
      Map<String, InetSocketAddress> bound,
      Set<String> localNodes) {
    Peering p = l.peering();
    // Both ends in this process and no port in the file: an ephemeral port (the connecting end is
    // pointed at it), so runs never collide.
    int port = !l.explicitPorts() && localNodes.contains(l.peer()) ? 0 : l.local().port();
    InetSocketAddress first =
        bound.getOrDefault(
            "listen:" + node.name() + "/" + l.name(),
            new InetSocketAddress(l.local().host(), port));
    List<InetSocketAddress> locals = new ArrayList<>();
    locals.add(first);
    if (transport == TransportKind.SCTP) {
      for (String h : p.localHosts().subList(1, p.localHosts().size())) {
        locals.add(new InetSocketAddress(h, first.getPort()));
      }
    }
    AssociationConfig association =
        AssociationConfig.server(l.name(), first).withLocalAddresses(locals);
    if (l.role() == LinkRole.IPSP && p.doubleExchange()) {
      b.ipspServer(l.name(), kind(transport), association);
    } else {
      b.server(l.name(), kind(transport), association);
    }
    if (!p.allowedPeers().isEmpty() && transport != TransportKind.INJVM) {
      b.allowPeers(l.name(), p.allowedPeerAddresses().toArray(InetAddress[]::new));
    }
    if (p.networkAppearance().isPresent()) {
      b.serverNetworkAppearance(l.name(), p.networkAppearance().getAsLong());
    }
    if (p.aspIdentifier().isPresent()) {
      b.serverAspIdentifier(l.name(), p.aspIdentifier().getAsLong());
    }
  }

  private static AspLinkConfig client(
      Node node, Link l, TransportKind transport, Map<String, InetSocketAddress> bound) {
    Peering p = l.peering();
    InetSocketAddress remote = bound.get(node.name() + "/" + l.name());
    if (remote == null) {
      remote = new InetSocketAddress(l.remote().host(), l.remote().port());
    }
    List<InetSocketAddress> remotes = new ArrayList<>();
    remotes.add(remote);
    List<InetSocketAddress> locals = new ArrayList<>();
    if (transport == TransportKind.SCTP) {
      for (String h : p.remoteHosts().subList(1, p.remoteHosts().size())) {
        remotes.add(new InetSocketAddress(h, remote.getPort()));
      }
      if (p.localHosts().size() > 1) {
        for (String h : p.localHosts()) {
          locals.add(new InetSocketAddress(h, l.local().port()));
        }
      }
    }
    AssociationConfig base =
        AssociationConfig.client(l.name(), remote)
            .withReconnect(Duration.ofMillis(20), Duration.ofMillis(500));
    AssociationConfig association =
        new AssociationConfig(
            base.name(),
            locals,
            remotes,
            base.streams(),
            base.reconnectInitial(),
            base.reconnectMax(),
            base.maxMessageSize());
    return new AspLinkConfig(
        l.name(),
        kind(transport),
        association,
        l.routingContexts(),
        mode(l),
        p.aspIdentifier().isPresent() ? p.aspIdentifier().getAsLong() : null,
        false,
        l.role() == LinkRole.IPSP && p.doubleExchange(),
        p.networkAppearance().isPresent() ? p.networkAppearance().getAsLong() : null);
  }

  private static TrafficModeType mode(Link l) {
    return new TrafficModeType(l.trafficMode().code());
  }

  static org.ss7sim.transport.TransportKind kind(TransportKind k) {
    return switch (k) {
      case TCP -> org.ss7sim.transport.TransportKind.TCP;
      case SCTP -> org.ss7sim.transport.TransportKind.SCTP;
      case INJVM -> org.ss7sim.transport.TransportKind.IN_JVM;
    };
  }
}
