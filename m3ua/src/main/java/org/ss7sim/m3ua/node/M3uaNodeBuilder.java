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
 *     .allowPeers("sgp", InetAddress.getByName("127.0.0.1"))
 *     .applicationServer(new AsConfig("as-msc", 10, TrafficModeType.OVERRIDE).on("sgp"))
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
      Set<InetAddress> allowedPeers,
      Long networkAppearance,
      Long aspIdentifier) {
    ServerConfig {
      allowedPeers = Set.copyOf(allowedPeers);
    }

    ServerConfig(
        String name,
        TransportKind transport,
        AssociationConfig association,
        boolean doubleExchange,
        Set<InetAddress> allowedPeers) {
      this(name, transport, association, doubleExchange, allowedPeers, null, null);
    }

    ServerConfig allowing(Set<InetAddress> peers) {
      return new ServerConfig(
          name, transport, association, doubleExchange, peers, networkAppearance, aspIdentifier);
    }

    ServerConfig withNetworkAppearance(Long na) {
      return new ServerConfig(
          name, transport, association, doubleExchange, allowedPeers, na, aspIdentifier);
    }

    ServerConfig withAspIdentifier(Long id) {
      return new ServerConfig(
          name, transport, association, doubleExchange, allowedPeers, networkAppearance, id);
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
  final java.util.Set<String> adjacentTransferPoints = new java.util.HashSet<>();
  Tracer tracer = Tracer.NONE;
  RefusalListener refusals = RefusalListener.NONE;
  Duration heartbeatInterval;
  Duration heartbeatTimeout = Duration.ofSeconds(3);
  Duration recoveryTimer = Duration.ofSeconds(2);
  Duration changebackDelay = Duration.ofSeconds(1);
  Duration ackTimeout = Duration.ofSeconds(2);
  Long networkAppearance;
  boolean dynamicRegistration = true;
  int errorBurst = 20;
  Duration errorRefill = Duration.ofMillis(100);

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
   * any other address is closed at once, logged at WARN (one line naming the server and the
   * address) and counted ({@link Counter#REFUSED_PEERS}). Without this call a server admits every
   * peer.
   *
   * <p>Peers are matched on the association's remote addresses (TCP; SCTP with every address of a
   * multi-homed peer); an accepted in-JVM association reports none, so an allow list refuses it.
   */
  public M3uaNodeBuilder allowPeers(String name, InetAddress... peers) {
    Set<InetAddress> set = Set.copyOf(List.of(peers));
    return updateServer(name, "allowPeers", s -> s.allowing(set));
  }

  /**
   * The Network Appearance (RFC 4666 §3.3.1) of server {@code name} (declared before): put in the
   * DATA and SSNM sent to its ASPs and checked in the DATA they send (ERR "Invalid Network
   * Appearance" otherwise). Null: the node's ({@link #networkAppearance(Long)}). For a client link
   * use {@link AspLinkConfig#withNetworkAppearance}.
   */
  public M3uaNodeBuilder serverNetworkAppearance(String name, Long na) {
    return updateServer(name, "serverNetworkAppearance", s -> s.withNetworkAppearance(na));
  }

  /**
   * The ASP Identifier (RFC 4666 §3.8.1) this node sends in its own ASP Up on IPSP double exchange
   * server {@code name}, and in the ASP Up Ack it answers there. Null (default): the peer's own
   * identifier is echoed in ASP Up Ack, none is sent in ASP Up. For a client link use {@link
   * AspLinkConfig#withAspIdentifier}.
   */
  public M3uaNodeBuilder serverAspIdentifier(String name, Long id) {
    return updateServer(name, "serverAspIdentifier", s -> s.withAspIdentifier(id));
  }

  private M3uaNodeBuilder updateServer(
      String name, String what, java.util.function.UnaryOperator<ServerConfig> change) {
    for (int i = 0; i < servers.size(); i++) {
      if (servers.get(i).name().equals(name)) {
        servers.set(i, change.apply(servers.get(i)));
        return this;
      }
    }
    throw new IllegalArgumentException("no server '" + name + "' declared before " + what);
  }

  /**
   * Limits the ERR answers each association gets, and the logged refusal closes each peer address
   * gets per server, to a token bucket of {@code burst} refilled by one every {@code refill} on the
   * node's clock. Beyond it ERR is not sent ({@link Counter#ERR_SUPPRESSED}) and refused
   * associations are closed without a log line ({@link Counter#REFUSALS_SUPPRESSED}). Default: 20,
   * one every 100 ms.
   */
  public M3uaNodeBuilder errorRateLimit(int burst, Duration refill) {
    if (burst < 1 || refill.isNegative() || refill.isZero()) {
      throw new IllegalArgumentException("error rate limit needs burst >= 1 and refill > 0");
    }
    this.errorBurst = burst;
    this.errorRefill = refill;
    return this;
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

  /** Each refusal (a {@code REFUSED_*} counter) goes to {@code listener} with its link and peer. */
  public M3uaNodeBuilder refusals(RefusalListener listener) {
    this.refusals = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** Every message sent or received goes to {@code tracer}. */
  /**
   * The peer on client link or server {@code name} is an adjacent STP (an STP–STP link, IPSP
   * between equals). Destination state then goes both ways on it, whichever end is ASP: this node
   * accepts DUNA/DAVA/DRST from the peer and tells it, as the transfer-prohibited procedure of an
   * STP does (Q.704 §13.2.2), every destination it cannot reach and every destination it routes
   * through that peer (so the peer never sends it back), and when that ends (DAVA, §13.3.2).
   */
  public M3uaNodeBuilder adjacentTransferPoint(String name) {
    adjacentTransferPoints.add(Objects.requireNonNull(name));
    return this;
  }

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

  /**
   * T3, the time-controlled changeback delay (Q.704 §6.4, and T6 of controlled rerouting, §8.2):
   * how long traffic returning from an alternative route to the normal one waits after the last
   * message sent over the alternative, so that none overtakes it; default 1 s (Q.704 §16.8: 0.8–1.2
   * s). It should exceed the difference between the two routes' transit times.
   */
  public M3uaNodeBuilder changebackDelay(Duration t3) {
    if (t3.isNegative()) {
      throw new IllegalArgumentException("changeback delay must not be negative: " + t3);
    }
    this.changebackDelay = t3;
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
    for (AsConfig as : applicationServers) {
      for (String s : as.servers()) {
        if (servers.stream().noneMatch(c -> c.name().equals(s))) {
          throw new IllegalArgumentException("AS " + as.name() + " on unknown server '" + s + "'");
        }
      }
    }
    for (String name : adjacentTransferPoints) {
      if (links.stream().noneMatch(l -> l.name().equals(name))
          && servers.stream().noneMatch(c -> c.name().equals(name))) {
        throw new IllegalArgumentException("adjacent STP on unknown link or server '" + name + "'");
      }
    }
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
