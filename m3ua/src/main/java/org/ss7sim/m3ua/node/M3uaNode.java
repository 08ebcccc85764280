package org.ss7sim.m3ua.node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.m3ua.asp.ApplicationServer;
import org.ss7sim.m3ua.asp.AsState;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.message.AffectedPointCode;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.DeregistrationRequest;
import org.ss7sim.m3ua.message.DeregistrationResponse;
import org.ss7sim.m3ua.message.DestinationStateAudit;
import org.ss7sim.m3ua.message.DestinationUserPartUnavailable;
import org.ss7sim.m3ua.message.RegistrationRequest;
import org.ss7sim.m3ua.message.RegistrationResponse;
import org.ss7sim.m3ua.message.SignallingCongestion;
import org.ss7sim.mtp.MtpService;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.MtpUser;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.PointCodeFormat;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.mtp.routing.Route;
import org.ss7sim.mtp.routing.RoutingTable;
import org.ss7sim.transport.AssociationServer;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.time.TimerService;

/**
 * One M3UA signalling point: the MTP3 service to its user parts, over any mix of associations where
 * it is ASP (client links, {@link AspLinkConfig}) and SGP (servers accepting ASPs of its {@link
 * AsConfig application servers}), with an MTP3 routing table and the STP function: DATA for another
 * point code is forwarded along the best available route.
 *
 * <p>Build with {@link #builder()}, then {@link #start()}. Owned by one thread (see the package
 * documentation).
 */
public final class M3uaNode implements MtpService {
  private static final Logger LOG = LoggerFactory.getLogger(M3uaNode.class);

  final M3uaNodeBuilder config;
  private final PointCode localPointCode;
  private final Map<String, LocalAsp> links = new LinkedHashMap<>();
  private final ApplicationServers ases = new ApplicationServers(this);
  private final RoutingTable routes = new RoutingTable();
  private final Map<ServiceIndicator, MtpUser> users = new HashMap<>();
  private final Map<PointCode, Boolean> accessible = new LinkedHashMap<>();

  /** The tracked destinations now inaccessible, readable from any thread (start-up convergence). */
  private final Set<PointCode> inaccessible = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final List<RemoteAsp> remotes = new ArrayList<>();
  private final Map<String, AssociationServer> servers = new LinkedHashMap<>();
  private final long[] counters = new long[Counter.values().length];
  private final WireWriter scratch = new WireWriter(512);
  private final Ssnm ssnm = new Ssnm(this);
  private final Forwarding forwarding;

  M3uaNode(M3uaNodeBuilder b) {
    this.config = b;
    this.localPointCode = b.localPointCode;
    this.forwarding = new Forwarding(this, b.changebackDelay);
    for (AsConfig as : b.applicationServers) {
      ases.add(as);
    }
    for (M3uaNodeBuilder.RouteConfig r : b.routes) {
      addRoute(r.dpc(), r.mask(), new Route(r.via(), r.priority()));
    }
    for (AspLinkConfig l : b.links) {
      links.put(l.name(), new LocalAsp(this, l));
    }
  }

  public static M3uaNodeBuilder builder() {
    return new M3uaNodeBuilder();
  }

  /**
   * Opens the servers (waiting until they are bound) and starts the client associations. Call it
   * before traffic, from outside a TCP/SCTP event loop (binding blocks).
   */
  public void start() {
    for (M3uaNodeBuilder.ServerConfig s : config.servers) {
      servers.put(
          s.name(),
          config.transport(s.transport()).listen(s.association(), new ServerListener(this, s)));
    }
    for (LocalAsp l : links.values()) {
      AspLinkConfig c =
          config.links.stream().filter(x -> x.name().equals(l.name)).findFirst().orElseThrow();
      l.open(config.transport(c.transport()).connect(c.association(), new ClientListener(l)));
    }
  }

  /** Closes every association and server. */
  public void stop() {
    for (LocalAsp l : links.values()) {
      if (l.association != null) {
        l.association.close();
      }
    }
    for (AssociationServer s : servers.values()) {
      s.close();
    }
  }

  /** The bound address of server {@code name} (after {@link #start()}). */
  public java.net.SocketAddress serverAddress(String name) {
    AssociationServer s = servers.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no started server " + name);
    }
    return s.localAddress();
  }

  /** Runs {@code task} on the node's owning thread. */
  public void execute(Runnable task) {
    config.owner.execute(task);
  }

  // ---- MTP service ------------------------------------------------------------------------

  @Override
  public PointCode localPointCode() {
    return localPointCode;
  }

  @Override
  public void register(ServiceIndicator serviceIndicator, MtpUser user) {
    users.put(serviceIndicator, user);
  }

  @Override
  public void transfer(MtpTransfer request) {
    forwarding.transfer(request);
  }

  boolean available(String via, PointCode dpc) {
    return forwarding.available(via, dpc);
  }

  void receiveData(Session from, Data d) {
    forwarding.receiveData(from, d);
  }

  LocalAsp linkOrNull(String name) {
    return links.get(name);
  }

  RegistrationResponse register(RemoteAsp from, RegistrationRequest m) {
    return Registrations.register(this, from, m);
  }

  DeregistrationResponse deregister(RemoteAsp from, DeregistrationRequest m) {
    return Registrations.deregister(this, from, m);
  }

  // ---- topology: MTP-PAUSE/RESUME and SSNM (see Ssnm) --------------------------------------

  void topologyChanged() {
    ssnm.topologyChanged();
  }

  /** Link or AS {@code via} changed state (see {@link Ssnm#topologyChanged(String)}). */
  void topologyChanged(String via) {
    ssnm.topologyChanged(via);
  }

  /** SSNM for {@code apcs} received on link {@code via}. */
  void topologyChanged(String via, List<AffectedPointCode> apcs) {
    ssnm.topologyChanged(via, apcs);
  }

  /**
   * Adds a route; an exact one (mask 0) makes {@code dpc} a tracked destination (PAUSE/RESUME,
   * DUNA/DAVA), initially inaccessible.
   */
  void addRoute(PointCode dpc, int mask, Route route) {
    routes.add(dpc, mask, route);
    if (mask == 0) {
      if (accessible.putIfAbsent(dpc, Boolean.FALSE) == null) {
        inaccessible.add(dpc);
      }
      ssnm.track(dpc, route.via());
    }
  }

  /** Destinations re-evaluated by topology changes since the start (a measure of their cost). */
  long destinationsEvaluated() {
    return ssnm.evaluated();
  }

  void greet(Session s) {
    ssnm.greet(s);
  }

  /** The routes of {@code dpc} as {@link RouteChoice} sees them for a message of this node. */
  List<RouteChoice.Candidate> candidates(PointCode dpc) {
    return forwarding.candidates(dpc, null);
  }

  /** T(r) of AS {@code as} expired with messages held: see {@link Forwarding#changeover}. */
  int changeover(String as, List<Held> held) {
    return forwarding.changeover(as, held);
  }

  /** Time-controlled changeback (see {@link Changeback}). */
  Changeback changeback() {
    return forwarding.changeback();
  }

  java.util.Collection<LocalAsp> links() {
    return links.values();
  }

  void congestion(SignallingCongestion m) {
    ssnm.congestion(m);
  }

  void userPartUnavailable(DestinationUserPartUnavailable m) {
    ssnm.userPartUnavailable(m);
  }

  void audit(RemoteAsp from, DestinationStateAudit m) {
    ssnm.audit(from, m);
  }

  /**
   * Tells every active ASP that the route to {@code affected} is congested at {@code level} (0–3)
   * with SCON (RFC 4666 §4.5.1): the simulator's overload answer.
   */
  public void signalCongestion(PointCode affected, int level) {
    ssnm.signalCongestion(affected, level);
  }

  ApplicationServers ases() {
    return ases;
  }

  Map<ServiceIndicator, MtpUser> users() {
    return users;
  }

  RoutingTable routes() {
    return routes;
  }

  Map<PointCode, Boolean> accessibility() {
    return accessible;
  }

  /** Records that tracked destination {@code pc} became (in)accessible. */
  void markAccessible(PointCode pc, boolean now) {
    accessible.put(pc, now);
    if (now) {
      inaccessible.remove(pc);
    } else {
      inaccessible.add(pc);
    }
  }

  /**
   * The tracked destinations (exact routes) this node cannot reach now: before their route's link
   * is up, and between DUNA and DAVA. Safe to read from any thread; a live view.
   */
  public Set<PointCode> inaccessibleDestinations() {
    return java.util.Collections.unmodifiableSet(inaccessible);
  }

  List<RemoteAsp> remotes() {
    return remotes;
  }

  Long networkAppearance() {
    return config.networkAppearance;
  }

  /** A fresh budget of ERR answers / refusal closes ({@link M3uaNodeBuilder#errorRateLimit}). */
  TokenBucket errorBucket() {
    return new TokenBucket(config.timers, config.errorBurst, config.errorRefill);
  }

  // ---- plumbing for sessions -----------------------------------------------------------------

  void sessionOpened(RemoteAsp r) {
    remotes.add(r);
  }

  void sessionClosed(RemoteAsp r) {
    remotes.remove(r);
  }

  /**
   * Point codes of received DATA, by value modulo the size (a network has few: every message would
   * otherwise make two, and they were a sixth of the bytes a loaded node allocates).
   */
  private final PointCode[] pointCodes = new PointCode[1024];

  PointCode pointCode(int value) {
    PointCodeFormat f = localPointCode.format();
    int v = value & f.maxValue();
    int slot = v & (pointCodes.length - 1);
    PointCode known = pointCodes[slot];
    if (known != null && known.value() == v) {
      return known;
    }
    PointCode made = new PointCode(f, v);
    pointCodes[slot] = made;
    return made;
  }

  void count(Counter c) {
    counters[c.ordinal()]++;
  }

  /** Counts refusal {@code c} by {@code link} of the peer at the far end of {@code a}. */
  void refused(Counter c, String link, org.ss7sim.transport.Association a) {
    count(c);
    config.refusals.refused(c, link, a == null ? List.of() : List.copyOf(a.remoteAddresses()));
  }

  /** {@link #refused(Counter, String, org.ss7sim.transport.Association)} with what was refused. */
  void refused(Counter c, String link, org.ss7sim.transport.Association a, String detail) {
    count(c);
    config.refusals.refused(
        c, link, a == null ? List.of() : List.copyOf(a.remoteAddresses()), detail);
  }

  /** The routes configured for exactly {@code dpc} (no mask), or an empty list. */
  List<Route> exactRoutes(PointCode dpc) {
    RoutingTable.Entry e = routes.lookup(dpc);
    return e == null || e.mask() != 0 ? List.of() : e.routes();
  }

  WireWriter scratch() {
    return scratch.reset();
  }

  Tracer tracer() {
    return config.tracer;
  }

  TimerService timers() {
    return config.timers;
  }

  Duration heartbeatInterval() {
    return config.heartbeatInterval;
  }

  Duration heartbeatTimeout() {
    return config.heartbeatTimeout;
  }

  Duration ackTimeout() {
    return config.ackTimeout;
  }

  // ---- inspection and management (simulator, tests) ---------------------------------------

  /** A counter's value. */
  public long counter(Counter c) {
    if (c == Counter.DISCARDED_PENDING) {
      return ases.discarded();
    }
    return counters[c.ordinal()];
  }

  /** The ASP state of this node on client link {@code name}. */
  public AspState linkState(String name) {
    return link(name).state();
  }

  /** The state of application server {@code name} (served by this node). */
  public AsState asState(String name) {
    ApplicationServer<RemoteAsp, Held> as = ases.named(name);
    if (as == null) {
      throw new IllegalArgumentException("no AS " + name);
    }
    return as.state();
  }

  /** How many ASPs are active in application server {@code name}. */
  public int activeAspCount(String name) {
    ApplicationServer<RemoteAsp, Held> as = ases.named(name);
    if (as == null) {
      throw new IllegalArgumentException("no AS " + name);
    }
    return as.activeAsps().size();
  }

  /** Whether a route to {@code dpc} is available now. */
  public boolean accessible(PointCode dpc) {
    return dpc.equals(localPointCode) || routes.accessible(dpc, this::available);
  }

  /** A snapshot of every application server this node serves, in configuration order. */
  public List<AsStatus> applicationServerStatus() {
    List<AsStatus> out = new ArrayList<>();
    for (ApplicationServer<RemoteAsp, Held> as : ases.all()) {
      out.add(asStatus(as));
    }
    return out;
  }

  private static AsStatus asStatus(ApplicationServer<RemoteAsp, Held> as) {
    Map<String, AspState> asps = new LinkedHashMap<>();
    as.aspStates().forEach((asp, state) -> asps.put(asp.name, state));
    return new AsStatus(as.name(), as.routingContext(), as.state(), asps);
  }

  /**
   * A snapshot of every route of the most specific routing-table entry for {@code dpc} (empty when
   * there is none): the link or AS it goes through, its state, and whether it can carry traffic to
   * {@code dpc} now (DUNA/DAVA, DRST).
   */
  public List<RouteStatus> routeStatus(PointCode dpc) {
    RoutingTable.Entry e = routes.lookup(dpc);
    if (e == null) {
      return List.of();
    }
    List<RouteStatus> out = new ArrayList<>();
    for (Route r : e.routes()) {
      LocalAsp link = links.get(r.via());
      ApplicationServer<RemoteAsp, Held> as = link == null ? ases.named(r.via()) : null;
      out.add(
          new RouteStatus(
              r.via(),
              r.priority(),
              link != null,
              link != null
                  ? List.copyOf(link.routingContexts())
                  : as != null ? List.of(as.routingContext()) : List.of(),
              link != null ? link.state() : null,
              as == null ? null : asStatus(as),
              available(r.via(), dpc),
              link != null && link.restricts(dpc)));
    }
    return out;
  }

  /** The link or AS a message for {@code dpc} with {@code sls} would leave by now, or null. */
  public String chooseRoute(PointCode dpc, int sls) {
    return forwarding.choose(dpc, sls);
  }

  /** DATA messages received on client link {@code name} since the start (every association). */
  public long dataReceivedOn(String name) {
    return link(name).dataReceived;
  }

  /** DATA messages sent on client link {@code name} since the start (every association). */
  public long dataSentOn(String name) {
    return link(name).dataSent;
  }

  /** Sends ASP Inactive on client link {@code name}. */
  public void deactivate(String name) {
    link(name).deactivate();
  }

  /** Sends ASP Active on client link {@code name} (after {@link #deactivate}). */
  public void activate(String name) {
    link(name).activate();
  }

  /** Sends ASP Down on client link {@code name}. */
  public void aspDown(String name) {
    link(name).aspDown();
  }

  /** Sends a BEAT on client link {@code name} now. */
  public void heartbeat(String name) {
    link(name).sendHeartbeat();
  }

  /** Aborts the association of client link {@code name} (it reconnects after back-off). */
  public void abort(String name) {
    link(name).association.abort();
  }

  /** The routing contexts client link {@code name} uses (configured or registered). */
  public List<Long> routingContexts(String name) {
    return List.copyOf(link(name).routingContexts());
  }

  private LocalAsp link(String name) {
    LocalAsp l = links.get(name);
    if (l == null) {
      throw new IllegalArgumentException("no link " + name);
    }
    return l;
  }

  @Override
  public String toString() {
    return "M3UA node " + localPointCode;
  }
}
