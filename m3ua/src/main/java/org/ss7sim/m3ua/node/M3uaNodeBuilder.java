package org.ss7sim.m3ua.node;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.Transport;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.wire.time.TimerService;

/**
 * Wires an {@link M3uaNode}: its point code, the thread and timers that own it, the transports,
 * client links (ASP role), servers (SGP role) with their application servers, and routes.
 *
 * <pre>{@code
 * M3uaNode stp = M3uaNode.builder()
 *     .localPointCode(PointCode.itu(100))
 *     .owner(loop).timers(new EventLoopTimerService(loop))
 *     .transport(new TcpTransport(loop))
 *     .server("sgp", TransportKind.TCP, AssociationConfig.server("sgp", new InetSocketAddress("127.0.0.1", 2905)))
 *     .applicationServer(new AsConfig("as-msc", 10, TrafficModeType.LOADSHARE))
 *     .route(PointCode.itu(1), "as-msc")
 *     .build();
 * }</pre>
 */
public final class M3uaNodeBuilder {
  record ServerConfig(
      String name,
      TransportKind transport,
      AssociationConfig association,
      boolean doubleExchange,
      Set<InetAddress> allowedPeers) {
    ServerConfig {
      allowedPeers = Set.copyOf(allowedPeers);
    }

    ServerConfig allowing(Set<InetAddress> peers) {
      return new ServerConfig(name, transport, association, doubleExchange, peers);
    }
  }

  record RouteConfig(PointCode dpc, int mask, String via, int priority) {}

  PointCode localPointCode;
  Executor owner = Runnable::run;
  TimerService timers;
  final Map<TransportKind, Transport> transports = new EnumMap<>(TransportKind.class);
  final List<AspLinkConfig> links = new ArrayList<>();
  final List<ServerConfig> servers = new ArrayList<>();
  final List<AsConfig> applicationServers = new ArrayList<>();
  final List<RouteConfig> routes = new ArrayList<>();
  Tracer tracer = Tracer.NONE;
  Duration heartbeatInterval;
  Duration heartbeatTimeout = Duration.ofSeconds(3);
  Duration recoveryTimer = Duration.ofSeconds(2);
  Duration ackTimeout = Duration.ofSeconds(2);
  Long networkAppearance;
  boolean dynamicRegistration = true;

  M3uaNodeBuilder() {}

  public M3uaNodeBuilder localPointCode(PointCode pc) {
    this.localPointCode = pc;
    return this;
  }

  /** The executor of the owning thread ({@link M3uaNode#execute}). Default: the caller's thread. */
  public M3uaNodeBuilder owner(Executor owner) {
    this.owner = owner;
    return this;
  }

  /** Timers firing on the owning thread. */
  public M3uaNodeBuilder timers(TimerService timers) {
    this.timers = timers;
    return this;
  }

  public M3uaNodeBuilder transport(Transport transport) {
    transports.put(transport.kind(), transport);
    return this;
  }

  /** A client link on which this node is ASP with static routing contexts. */
  public M3uaNodeBuilder asp(
      String name,
      TransportKind kind,
      AssociationConfig association,
      List<Long> rcs,
      TrafficModeType mode) {
    return link(new AspLinkConfig(name, kind, association, rcs, mode, null, false));
  }

  public M3uaNodeBuilder link(AspLinkConfig link) {
    links.add(link);
    return this;
  }

  /** A server on which this node is SGP for its application servers. */
  public M3uaNodeBuilder server(String name, TransportKind kind, AssociationConfig association) {
    servers.add(new ServerConfig(name, kind, association, false, Set.of()));
    return this;
  }

  /**
   * A server on which this node is an IPSP using double exchange (RFC 4666 §4.3.4): besides
   * answering the peer's ASP Up / ASP Active it sends its own and waits for their acks.
   */
  public M3uaNodeBuilder ipspServer(
      String name, TransportKind kind, AssociationConfig association) {
    servers.add(new ServerConfig(name, kind, association, true, Set.of()));
    return this;
  }

  /**
   * Admits associations on server {@code name} (declared before) only from {@code peers}; one from
   * any other address is closed at once, logged and counted ({@link Counter#REFUSED_PEERS}).
   * Without this call a server admits every peer.
   *
   * <p>Peers are matched on the association's remote addresses (TCP; SCTP with every address of a
   * multi-homed peer); an accepted in-JVM association reports none, so an allow list refuses it.
   */
  public M3uaNodeBuilder allowPeers(String name, InetAddress... peers) {
    for (int i = 0; i < servers.size(); i++) {
      if (servers.get(i).name().equals(name)) {
        servers.set(i, servers.get(i).allowing(Set.copyOf(List.of(peers))));
        return this;
      }
    }
    throw new IllegalArgumentException("no server '" + name + "' declared before allowPeers");
  }

  public M3uaNodeBuilder applicationServer(AsConfig as) {
    applicationServers.add(as);
    return this;
  }

  /** Routes {@code dpc} (exact) via a client link or an application server, priority 0. */
  public M3uaNodeBuilder route(PointCode dpc, String via) {
    return route(dpc, 0, via, 0);
  }

  /** Routes {@code dpc} with {@code mask} wildcard bits via {@code via} with {@code priority}. */
  public M3uaNodeBuilder route(PointCode dpc, int mask, String via, int priority) {
    routes.add(new RouteConfig(dpc, mask, via, priority));
    return this;
  }

  /** Every message sent or received goes to {@code tracer}. */
  public M3uaNodeBuilder tracer(Tracer tracer) {
    this.tracer = tracer;
    return this;
  }

  /**
   * Sends BEAT every {@code interval}; no BEAT ACK within {@code timeout} aborts the association.
   */
  public M3uaNodeBuilder heartbeat(Duration interval, Duration timeout) {
    this.heartbeatInterval = interval;
    this.heartbeatTimeout = timeout;
    return this;
  }

  /** T(r), the AS recovery timer (RFC 4666 §4.3.4.3); default 2 s. */
  public M3uaNodeBuilder recoveryTimer(Duration tr) {
    this.recoveryTimer = tr;
    return this;
  }

  /** How long an ASP waits for ASP Up Ack / ASP Active Ack before repeating; default 2 s. */
  public M3uaNodeBuilder ackTimeout(Duration t) {
    this.ackTimeout = t;
    return this;
  }

  /** Network Appearance put in DATA and SSNM, or null (default) for none. */
  public M3uaNodeBuilder networkAppearance(Long na) {
    this.networkAppearance = na;
    return this;
  }

  /**
   * Whether ASPs may register routing keys (REG REQ, RFC 4666 §4.4.2) and so create routing
   * contexts; when not, every key is answered "Permission Denied" and only the configured
   * application servers exist. Default: allowed.
   */
  public M3uaNodeBuilder dynamicRegistration(boolean allowed) {
    this.dynamicRegistration = allowed;
    return this;
  }

  Transport transport(TransportKind kind) {
    Transport t = transports.get(kind);
    if (t == null) {
      throw new IllegalStateException("no " + kind + " transport given to the node builder");
    }
    return t;
  }

  public M3uaNode build() {
    Objects.requireNonNull(localPointCode, "localPointCode");
    Objects.requireNonNull(timers, "timers");
    for (RouteConfig r : routes) {
      boolean known =
          links.stream().anyMatch(l -> l.name().equals(r.via()))
              || applicationServers.stream().anyMatch(a -> a.name().equals(r.via()));
      if (!known) {
        throw new IllegalArgumentException(
            "route to " + r.dpc() + " via unknown link or AS '" + r.via() + "'");
      }
    }
    return new M3uaNode(this);
  }
}
