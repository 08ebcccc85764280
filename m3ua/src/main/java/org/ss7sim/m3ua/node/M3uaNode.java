package org.ss7sim.m3ua.node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.m3ua.asp.ApplicationServer;
import org.ss7sim.m3ua.asp.AsState;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.message.AffectedPointCode;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.DeregistrationRequest;
import org.ss7sim.m3ua.message.DeregistrationResponse;
import org.ss7sim.m3ua.message.DestinationAvailable;
import org.ss7sim.m3ua.message.DestinationStateAudit;
import org.ss7sim.m3ua.message.DestinationUnavailable;
import org.ss7sim.m3ua.message.DestinationUserPartUnavailable;
import org.ss7sim.m3ua.message.ErrorCode;
import org.ss7sim.m3ua.message.ProtocolData;
import org.ss7sim.m3ua.message.RegistrationRequest;
import org.ss7sim.m3ua.message.RegistrationResponse;
import org.ss7sim.m3ua.message.SignallingCongestion;
import org.ss7sim.m3ua.message.UserCause;
import org.ss7sim.mtp.MtpService;
import org.ss7sim.mtp.MtpStatus;
import org.ss7sim.mtp.MtpStatusCause;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.MtpUser;
import org.ss7sim.mtp.NetworkIndicator;
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
  private final Map<String, ApplicationServer<RemoteAsp, Data>> asByName = new LinkedHashMap<>();
  private final Map<Long, ApplicationServer<RemoteAsp, Data>> asByRc = new HashMap<>();
  private final RoutingTable routes = new RoutingTable();
  private final Map<ServiceIndicator, MtpUser> users = new HashMap<>();
  private final Map<PointCode, Boolean> accessible = new LinkedHashMap<>();
  private final List<RemoteAsp> remotes = new ArrayList<>();
  private final Map<String, AssociationServer> servers = new LinkedHashMap<>();
  private final long[] counters = new long[Counter.values().length];
  private final WireWriter scratch = new WireWriter(512);
  private long nextDynamicRc = 1000;
  private boolean recomputing;

  M3uaNode(M3uaNodeBuilder b) {
    this.config = b;
    this.localPointCode = b.localPointCode;
    for (AsConfig as : b.applicationServers) {
      addApplicationServer(as);
    }
    for (M3uaNodeBuilder.RouteConfig r : b.routes) {
      routes.add(r.dpc(), r.mask(), new Route(r.via(), r.priority()));
      if (r.mask() == 0) {
        accessible.put(r.dpc(), Boolean.FALSE);
      }
    }
    for (AspLinkConfig l : b.links) {
      links.put(l.name(), new LocalAsp(this, l));
    }
  }

  public static M3uaNodeBuilder builder() {
    return new M3uaNodeBuilder();
  }

  private ApplicationServer<RemoteAsp, Data> addApplicationServer(AsConfig c) {
    ApplicationServer<RemoteAsp, Data> as =
        new ApplicationServer<>(
            c.name(),
            c.routingContext(),
            c.trafficMode(),
            config.recoveryTimer,
            config.timers,
            new AsEvents());
    if (asByRc.putIfAbsent(c.routingContext(), as) != null
        || asByName.putIfAbsent(c.name(), as) != null) {
      throw new IllegalArgumentException("duplicate AS name or routing context: " + c);
    }
    return as;
  }

  /**
   * Opens the servers (waiting until they are bound) and starts the client associations. Call it
   * before traffic, from outside a TCP/SCTP event loop (binding blocks).
   */
  public void start() {
    for (M3uaNodeBuilder.ServerConfig s : config.servers) {
      servers.put(
          s.name(),
          config
              .transport(s.transport())
              .listen(s.association(), new ServerListener(this, s.name())));
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
    if (request.dpc().equals(localPointCode)) {
      deliver(request, null);
    } else {
      route(request);
    }
  }

  private boolean route(MtpTransfer t) {
    String via = routes.select(t.dpc(), t.sls(), this::available);
    if (via == null) {
      count(Counter.DISCARDED_NO_ROUTE);
      return false;
    }
    LocalAsp link = links.get(via);
    if (link != null) {
      return link.sendData(toData(t, link.routingContexts()));
    }
    ApplicationServer<RemoteAsp, Data> as = asByName.get(via);
    Data d = toData(t, List.of(as.routingContext()));
    List<RemoteAsp> targets = as.select(t.sls());
    if (targets.isEmpty()) {
      return as.hold(d);
    }
    boolean sent = false;
    for (RemoteAsp r : targets) {
      sent |= r.sendData(d);
    }
    return sent;
  }

  private boolean available(String via, PointCode dpc) {
    LocalAsp link = links.get(via);
    if (link != null) {
      return link.carries(dpc);
    }
    ApplicationServer<RemoteAsp, Data> as = asByName.get(via);
    return as != null && (as.state() == AsState.AS_ACTIVE || as.state() == AsState.AS_PENDING);
  }

  private Data toData(MtpTransfer t, List<Long> rcs) {
    return new Data(
        config.networkAppearance,
        rcs,
        new ProtocolData(
            t.opc().value(),
            t.dpc().value(),
            t.serviceIndicator().code(),
            t.networkIndicator().code(),
            t.messagePriority(),
            t.sls(),
            t.userData()),
        null,
        List.of());
  }

  // ---- received traffic -------------------------------------------------------------------

  void receiveData(Session from, Data d) {
    count(Counter.DATA_RECEIVED);
    ProtocolData p = d.protocolData();
    long max = localPointCode.format().maxValue();
    if (p.opc() > max || p.dpc() > max || p.si() > 15 || p.ni() > 3 || p.mp() > 3) {
      from.unexpected(
          ErrorCode.INVALID_PARAMETER_VALUE, "protocol data out of range", d.routingContexts());
      return;
    }
    MtpTransfer t =
        new MtpTransfer(
            pointCode((int) p.opc()),
            pointCode((int) p.dpc()),
            new ServiceIndicator(p.si()),
            NetworkIndicator.fromCode(p.ni()),
            p.mp(),
            p.sls(),
            p.userData());
    if (t.dpc().equals(localPointCode)) {
      deliver(t, from);
    } else if (route(t)) {
      count(Counter.FORWARDED);
    } else {
      // §4.5.1: tell the sender the destination is unavailable.
      from.send(
          new DestinationUnavailable(
              config.networkAppearance,
              d.routingContexts(),
              List.of(AffectedPointCode.of(t.dpc().value())),
              null,
              List.of()));
    }
  }

  private void deliver(MtpTransfer t, Session from) {
    MtpUser user = users.get(t.serviceIndicator());
    if (user == null) {
      count(Counter.DISCARDED_NO_USER);
      if (from != null) {
        // Q.704 §2.4.2 / RFC 4666 §4.5.2: user part unavailable, unequipped remote user.
        from.send(
            new DestinationUserPartUnavailable(
                config.networkAppearance,
                List.of(),
                List.of(AffectedPointCode.of(localPointCode.value())),
                new UserCause(1, t.serviceIndicator().code()),
                null,
                List.of()));
      }
      return;
    }
    count(Counter.DELIVERED);
    user.onTransfer(t);
  }

  void congestion(SignallingCongestion m) {
    int level = m.congestionLevel() == null ? 1 : m.congestionLevel();
    for (AffectedPointCode apc : m.affectedPointCodes()) {
      MtpStatus s =
          new MtpStatus(
              pointCode(apc.pointCode()),
              MtpStatusCause.SIGNALLING_NETWORK_CONGESTED,
              Math.min(level, 3),
              null,
              0);
      users.values().forEach(u -> u.onStatus(s));
    }
  }

  void userPartUnavailable(DestinationUserPartUnavailable m) {
    for (AffectedPointCode apc : m.affectedPointCodes()) {
      MtpStatus s =
          new MtpStatus(
              pointCode(apc.pointCode()),
              MtpStatusCause.USER_PART_UNAVAILABLE,
              0,
              new ServiceIndicator(m.userCause().user() & 0xf),
              Math.min(m.userCause().cause(), 2));
      MtpUser u = users.get(s.userPart());
      users.values().forEach(x -> x.onStatus(s));
      if (u == null) {
        LOG.debug("DUPU for unregistered user {}", s.userPart());
      }
    }
  }

  /** DAUD (§4.5.3): answer DAVA or DUNA for each audited destination. */
  void audit(RemoteAsp from, DestinationStateAudit m) {
    for (AffectedPointCode apc : m.affectedPointCodes()) {
      PointCode pc = pointCode(apc.pointCode());
      List<AffectedPointCode> one = List.of(apc);
      if (pc.equals(localPointCode) || routes.accessible(pc, this::available)) {
        from.send(
            new DestinationAvailable(
                config.networkAppearance, m.routingContexts(), one, null, List.of()));
      } else {
        from.send(
            new DestinationUnavailable(
                config.networkAppearance, m.routingContexts(), one, null, List.of()));
      }
    }
  }

  RegistrationResponse register(RemoteAsp from, RegistrationRequest m) {
    return Registrations.register(this, m);
  }

  DeregistrationResponse deregister(RemoteAsp from, DeregistrationRequest m) {
    return Registrations.deregister(this, from, m);
  }

  /** A dynamically registered AS for {@code dpc} (REG REQ, §4.4.2), routed to by that DPC. */
  ApplicationServer<RemoteAsp, Data> registerDynamic(
      PointCode dpc, org.ss7sim.m3ua.message.TrafficModeType mode) {
    String name = "dyn-" + dpc.value();
    ApplicationServer<RemoteAsp, Data> existing = asByName.get(name);
    if (existing != null) {
      return existing;
    }
    while (asByRc.containsKey(nextDynamicRc)) {
      nextDynamicRc++;
    }
    ApplicationServer<RemoteAsp, Data> as =
        addApplicationServer(new AsConfig(name, nextDynamicRc++, mode));
    routes.add(dpc, new Route(name, 0));
    accessible.putIfAbsent(dpc, Boolean.FALSE);
    return as;
  }

  boolean removeDynamic(ApplicationServer<RemoteAsp, Data> as) {
    if (!as.name().startsWith("dyn-") || !as.activeAsps().isEmpty()) {
      return false;
    }
    asByName.remove(as.name());
    asByRc.remove(as.routingContext());
    return true;
  }

  // ---- topology: MTP-PAUSE/RESUME and SSNM ------------------------------------------------

  /**
   * Recomputes which destinations are accessible and tells users (PAUSE/RESUME) and ASPs
   * (DUNA/DAVA).
   */
  void topologyChanged() {
    if (recomputing) {
      return;
    }
    recomputing = true;
    try {
      for (Map.Entry<PointCode, Boolean> e : accessible.entrySet()) {
        PointCode pc = e.getKey();
        boolean now = routes.accessible(pc, this::available);
        if (now == e.getValue()) {
          continue;
        }
        e.setValue(now);
        for (MtpUser u : users.values()) {
          if (now) {
            u.onResume(pc);
          } else {
            u.onPause(pc);
          }
        }
        announce(pc, now);
      }
    } finally {
      recomputing = false;
    }
  }

  private void announce(PointCode pc, boolean available) {
    RoutingTable.Entry entry = routes.lookup(pc);
    for (RemoteAsp r : remotes) {
      List<Long> rcs = r.activeRoutingContexts();
      if (rcs.isEmpty() || servesRouteTo(r, entry)) {
        continue;
      }
      List<AffectedPointCode> apc = List.of(AffectedPointCode.of(pc.value()));
      r.send(
          available
              ? new DestinationAvailable(config.networkAppearance, rcs, apc, null, List.of())
              : new DestinationUnavailable(config.networkAppearance, rcs, apc, null, List.of()));
    }
  }

  private boolean servesRouteTo(RemoteAsp r, RoutingTable.Entry entry) {
    if (entry == null) {
      return false;
    }
    for (Route route : entry.routes()) {
      ApplicationServer<RemoteAsp, Data> as = asByName.get(route.via());
      if (as != null && as.aspState(r) != AspState.ASP_DOWN) {
        return true;
      }
    }
    return false;
  }

  private final class AsEvents implements ApplicationServer.Events<RemoteAsp, Data> {
    @Override
    public void notify(
        ApplicationServer<RemoteAsp, Data> as,
        RemoteAsp asp,
        org.ss7sim.m3ua.message.Status status) {
      asp.send(
          new org.ss7sim.m3ua.message.Notify(
              status, null, List.of(as.routingContext()), null, List.of()));
    }

    @Override
    public void stateChanged(ApplicationServer<RemoteAsp, Data> as, AsState from, AsState to) {
      LOG.debug("AS {}: {} -> {}", as.name(), from, to);
      topologyChanged();
    }

    @Override
    public void release(ApplicationServer<RemoteAsp, Data> as, List<Data> queued) {
      for (Data d : queued) {
        for (RemoteAsp r : as.select(d.protocolData().sls())) {
          r.sendData(d);
        }
      }
    }
  }

  // ---- plumbing for sessions -----------------------------------------------------------------

  void sessionOpened(RemoteAsp r) {
    remotes.add(r);
  }

  void sessionClosed(RemoteAsp r) {
    remotes.remove(r);
  }

  PointCode pointCode(int value) {
    PointCodeFormat f = localPointCode.format();
    return new PointCode(f, value & f.maxValue());
  }

  Collection<ApplicationServer<RemoteAsp, Data>> applicationServers() {
    return new ArrayList<>(asByName.values());
  }

  ApplicationServer<RemoteAsp, Data> applicationServer(long rc) {
    return asByRc.get(rc);
  }

  void count(Counter c) {
    counters[c.ordinal()]++;
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
      long n = 0;
      for (ApplicationServer<RemoteAsp, Data> a : asByName.values()) {
        n += a.discarded();
      }
      return n;
    }
    return counters[c.ordinal()];
  }

  /** The ASP state of this node on client link {@code name}. */
  public AspState linkState(String name) {
    return link(name).state();
  }

  /** The state of application server {@code name} (served by this node). */
  public AsState asState(String name) {
    ApplicationServer<RemoteAsp, Data> as = asByName.get(name);
    if (as == null) {
      throw new IllegalArgumentException("no AS " + name);
    }
    return as.state();
  }

  /** How many ASPs are active in application server {@code name}. */
  public int activeAspCount(String name) {
    ApplicationServer<RemoteAsp, Data> as = asByName.get(name);
    if (as == null) {
      throw new IllegalArgumentException("no AS " + name);
    }
    return as.activeAsps().size();
  }

  /** Whether a route to {@code dpc} is available now. */
  public boolean accessible(PointCode dpc) {
    return dpc.equals(localPointCode) || routes.accessible(dpc, this::available);
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
