package org.ss7sim.m3ua.node;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.m3ua.asp.ApplicationServer;
import org.ss7sim.m3ua.asp.AsState;
import org.ss7sim.m3ua.message.Notify;
import org.ss7sim.m3ua.message.Status;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.routing.Route;
import org.ss7sim.transport.Association;

/**
 * The application servers a node serves as SGP (RFC 4666 §4.3.2), by name and routing context:
 * configured ones with the peer addresses each admits ({@link AsConfig}), and those created by
 * dynamic registration (REG REQ, §4.4.2). Their NTFYs, state changes and released messages go back
 * through the node.
 */
final class ApplicationServers {
  private static final Logger LOG = LoggerFactory.getLogger(ApplicationServers.class);
  private static final String DYNAMIC_PREFIX = "dyn-";

  private final M3uaNode node;
  private final Map<String, ApplicationServer<RemoteAsp, Held>> byName = new LinkedHashMap<>();
  private final Map<Long, ApplicationServer<RemoteAsp, Held>> byRc = new HashMap<>();
  private final Map<Long, Binding> bindings = new HashMap<>();
  private final Map<ApplicationServer<RemoteAsp, Held>, Integer> order = new HashMap<>();
  private int added;

  /** Who may carry an AS: the servers and the peer addresses (empty: any). */
  private record Binding(Set<String> servers, Set<InetAddress> peers) {}

  private final Events events = new Events();
  private long nextDynamicRc = 1000;

  ApplicationServers(M3uaNode node) {
    this.node = node;
  }

  ApplicationServer<RemoteAsp, Held> add(AsConfig c) {
    ApplicationServer<RemoteAsp, Held> as =
        new ApplicationServer<>(
            c.name(),
            c.routingContext(),
            c.trafficMode(),
            node.config.recoveryTimer,
            node.config.timers,
            events,
            c.minimumActiveAsps());
    if (byRc.putIfAbsent(c.routingContext(), as) != null
        || byName.putIfAbsent(c.name(), as) != null) {
      throw new IllegalArgumentException("duplicate AS name or routing context: " + c);
    }
    bindings.put(c.routingContext(), new Binding(c.servers(), c.allowedPeers()));
    order.put(as, added++);
    return as;
  }

  /** The AS called {@code name}, or null. */
  ApplicationServer<RemoteAsp, Held> named(String name) {
    return byName.get(name);
  }

  /** The AS with routing context {@code rc}, or null. */
  ApplicationServer<RemoteAsp, Held> byRoutingContext(long rc) {
    return byRc.get(rc);
  }

  /** Orders ASes as they were added (configured or registered). */
  java.util.Comparator<ApplicationServer<RemoteAsp, Held>> configurationOrder() {
    return java.util.Comparator.comparingInt(as -> order.getOrDefault(as, Integer.MAX_VALUE));
  }

  /** A snapshot of every AS, in configuration order. */
  Collection<ApplicationServer<RemoteAsp, Held>> all() {
    return new ArrayList<>(byName.values());
  }

  /**
   * Whether {@code asp} (its server and its address) is configured for {@code as} ({@link
   * AsConfig}).
   */
  boolean admits(ApplicationServer<RemoteAsp, Held> as, RemoteAsp asp) {
    Association association = asp.association;
    Binding b = bindings.get(as.routingContext());
    return association != null
        && b != null
        && (b.servers().isEmpty() || b.servers().contains(asp.server))
        && PeerFilter.admits(b.peers(), association);
  }

  /**
   * A dynamically registered AS for {@code dpc} (REG REQ, §4.4.2), routed to by that DPC, bound to
   * the server and the address of the ASP that registered it: no other peer may activate it. Null
   * when it exists already and {@code asp} may not use it.
   */
  ApplicationServer<RemoteAsp, Held> registerDynamic(
      PointCode dpc, TrafficModeType mode, RemoteAsp asp) {
    String name = DYNAMIC_PREFIX + dpc.value();
    ApplicationServer<RemoteAsp, Held> existing = byName.get(name);
    if (existing != null) {
      return admits(existing, asp) ? existing : null;
    }
    while (byRc.containsKey(nextDynamicRc)) {
      nextDynamicRc++;
    }
    Set<InetAddress> peers = new java.util.HashSet<>();
    if (asp.association != null) {
      for (java.net.SocketAddress a : asp.association.remoteAddresses()) {
        if (a instanceof java.net.InetSocketAddress inet && inet.getAddress() != null) {
          peers.add(inet.getAddress());
        }
      }
    }
    ApplicationServer<RemoteAsp, Held> as =
        add(new AsConfig(name, nextDynamicRc++, mode, peers, 0, Set.of(asp.server)));
    node.addRoute(dpc, 0, new Route(name, 0));
    return as;
  }

  /** Whether {@code as} was created by dynamic registration (REG REQ), not configured. */
  static boolean isDynamic(ApplicationServer<RemoteAsp, Held> as) {
    return as.name().startsWith(DYNAMIC_PREFIX);
  }

  /** Removes a dynamically registered AS no ASP is active in (DEREG REQ, §4.4.3). */
  boolean removeDynamic(ApplicationServer<RemoteAsp, Held> as) {
    if (!as.name().startsWith(DYNAMIC_PREFIX) || !as.activeAsps().isEmpty()) {
      return false;
    }
    byName.remove(as.name());
    byRc.remove(as.routingContext());
    bindings.remove(as.routingContext());
    order.remove(as);
    for (RemoteAsp asp : as.aspStates().keySet()) {
      asp.forget(as);
    }
    return true;
  }

  /** Messages held while pending and then discarded, over every AS. */
  long discarded() {
    long n = 0;
    for (ApplicationServer<RemoteAsp, Held> a : byName.values()) {
      n += a.discarded();
    }
    return n;
  }

  private final class Events implements ApplicationServer.Events<RemoteAsp, Held> {
    @Override
    public void notify(ApplicationServer<RemoteAsp, Held> as, RemoteAsp asp, Status status) {
      asp.send(new Notify(status, null, List.of(as.routingContext()), null, List.of()));
    }

    @Override
    public void stateChanged(ApplicationServer<RemoteAsp, Held> as, AsState from, AsState to) {
      LOG.debug("AS {}: {} -> {}", as.name(), from, to);
      node.topologyChanged(as.name());
    }

    @Override
    public void release(ApplicationServer<RemoteAsp, Held> as, List<Held> queued) {
      for (Held h : queued) {
        for (RemoteAsp r : as.select(h.data().protocolData().sls())) {
          r.sendData(h.data());
        }
      }
    }

    /** T(r) expired: changeover, the held messages go out again over what route is left. */
    @Override
    public int expired(ApplicationServer<RemoteAsp, Held> as, List<Held> held) {
      return node.changeover(as.name(), held);
    }
  }
}
