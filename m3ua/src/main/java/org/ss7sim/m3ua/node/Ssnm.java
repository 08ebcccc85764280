package org.ss7sim.m3ua.node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.m3ua.asp.ApplicationServer;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.message.AffectedPointCode;
import org.ss7sim.m3ua.message.DestinationAvailable;
import org.ss7sim.m3ua.message.DestinationStateAudit;
import org.ss7sim.m3ua.message.DestinationUnavailable;
import org.ss7sim.m3ua.message.DestinationUserPartUnavailable;
import org.ss7sim.m3ua.message.SignallingCongestion;
import org.ss7sim.mtp.MtpStatus;
import org.ss7sim.mtp.MtpStatusCause;
import org.ss7sim.mtp.MtpUser;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.mtp.routing.Route;
import org.ss7sim.mtp.routing.RoutingTable;

/**
 * Destination state of one node (RFC 4666 §4.5, Q.701 §8): recomputes which destinations are
 * accessible when associations, ASPs, ASes or received SSNM change, gives MTP-PAUSE / MTP-RESUME /
 * MTP-STATUS to the user parts, and sends DUNA / DAVA / SCON to the ASPs this node serves and
 * answers their DAUD.
 */
final class Ssnm {
  private static final Logger LOG = LoggerFactory.getLogger(Ssnm.class);
  private final M3uaNode node;

  Ssnm(M3uaNode node) {
    this.node = node;
  }

  void congestion(SignallingCongestion m) {
    int level = m.congestionLevel() == null ? 1 : m.congestionLevel();
    for (AffectedPointCode apc : m.affectedPointCodes()) {
      MtpStatus s =
          new MtpStatus(
              node.pointCode(apc.pointCode()),
              MtpStatusCause.SIGNALLING_NETWORK_CONGESTED,
              Math.min(level, 3),
              null,
              0);
      node.users().values().forEach(u -> u.onStatus(s));
    }
  }

  void userPartUnavailable(DestinationUserPartUnavailable m) {
    for (AffectedPointCode apc : m.affectedPointCodes()) {
      MtpStatus s =
          new MtpStatus(
              node.pointCode(apc.pointCode()),
              MtpStatusCause.USER_PART_UNAVAILABLE,
              0,
              new ServiceIndicator(m.userCause().user() & 0xf),
              Math.min(m.userCause().cause(), 2));
      LOG.debug("DUPU: user part {} at {} unavailable", s.userPart(), s.affected());
      node.users().values().forEach(x -> x.onStatus(s));
    }
  }

  /**
   * DAUD (§4.5.3): answer DAVA or DUNA for each audited destination. A range (mask > 0) is answered
   * point code by point code for the destinations this node tracks inside it, since they need not
   * share one state; a range holding none is answered by the state of its base point code. The
   * answers are batched: one DAVA and one DUNA per {@link #GREET_BATCH} point codes (an ASP turning
   * active audits every destination routed over it: one message per point code made the start of a
   * large network a storm of O(n^2) messages).
   */
  void audit(RemoteAsp from, DestinationStateAudit m) {
    List<AffectedPointCode> available = new ArrayList<>();
    List<AffectedPointCode> unavailable = new ArrayList<>();
    for (AffectedPointCode apc : m.affectedPointCodes()) {
      boolean tracked = false;
      if (apc.mask() > 0) {
        for (PointCode pc : node.accessibility().keySet()) {
          if (LocalAsp.covers(apc, pc.value())) {
            tracked = true;
            (answerAvailable(from, pc) ? available : unavailable)
                .add(AffectedPointCode.of(pc.value()));
          }
        }
      }
      if (!tracked) {
        (answerAvailable(from, node.pointCode(apc.pointCode())) ? available : unavailable).add(apc);
      }
    }
    for (int i = 0; i < available.size(); i += GREET_BATCH) {
      from.send(
          new DestinationAvailable(
              from.networkAppearance(),
              m.routingContexts(),
              List.copyOf(available.subList(i, Math.min(available.size(), i + GREET_BATCH))),
              null,
              List.of()));
    }
    for (int i = 0; i < unavailable.size(); i += GREET_BATCH) {
      from.send(
          new DestinationUnavailable(
              from.networkAppearance(),
              m.routingContexts(),
              List.copyOf(unavailable.subList(i, Math.min(unavailable.size(), i + GREET_BATCH))),
              null,
              List.of()));
    }
  }

  /**
   * The answer to an audit of {@code pc}: available or not. To an adjacent STP a destination this
   * node reaches only through that STP is prohibited (Q.704 §13.2.2), and remembered as told.
   */
  private boolean answerAvailable(RemoteAsp from, PointCode pc) {
    if (from.adjacentStp() && prohibitedTo(from, pc)) {
      from.toldProhibited.add(pc);
      return false;
    }
    if (accessible(pc)) {
      from.toldProhibited.remove(pc);
      return true;
    }
    return false;
  }

  private boolean accessible(PointCode pc) {
    return pc.equals(node.localPointCode()) || node.routes().accessible(pc, node::available);
  }

  /**
   * Reverse index: link or AS name → the tracked destinations (exact routes) with a route over it,
   * in the order they were added. A link or AS event re-evaluates only these.
   */
  private final Map<String, Set<PointCode>> byVia = new HashMap<>();

  /** Work queued while recomputing (re-entrant events), done before {@link #drain} returns. */
  private final Set<String> pendingVias = new LinkedHashSet<>();

  private final Set<PointCode> pendingDestinations = new LinkedHashSet<>();
  private boolean pendingAll;
  private boolean recomputing;

  /** How many destinations were re-evaluated since the start (the cost of link events). */
  private long evaluated;

  /** A tracked destination {@code dpc} (an exact route) is routed over {@code via}. */
  void track(PointCode dpc, String via) {
    byVia.computeIfAbsent(via, v -> new LinkedHashSet<>()).add(dpc);
  }

  long evaluated() {
    return evaluated;
  }

  /**
   * Recomputes which destinations are accessible and tells users (PAUSE/RESUME) and ASPs
   * (DUNA/DAVA): all of them.
   */
  void topologyChanged() {
    pendingAll = true;
    drain();
  }

  /** Link or AS {@code via} changed state: recomputes the destinations routed over it. */
  void topologyChanged(String via) {
    pendingVias.add(via);
    drain();
  }

  /**
   * DUNA/DAVA/DRST on link {@code via} for {@code apcs}: an exact point code re-evaluates that
   * destination only, a range every destination routed over {@code via}.
   */
  void topologyChanged(String via, List<AffectedPointCode> apcs) {
    for (AffectedPointCode apc : apcs) {
      if (apc.mask() == 0) {
        PointCode pc = node.pointCode(apc.pointCode());
        if (node.accessibility().containsKey(pc)) {
          pendingDestinations.add(pc);
        } else {
          pendingVias.add(via); // not tracked as such (another format?): the safe way
        }
      } else {
        pendingVias.add(via);
      }
    }
    drain();
  }

  private void drain() {
    if (recomputing) {
      return; // the loop below takes it
    }
    recomputing = true;
    activeRcs = new java.util.IdentityHashMap<>();
    try {
      while (pendingAll || !pendingVias.isEmpty() || !pendingDestinations.isEmpty()) {
        if (pendingAll) {
          pendingAll = false;
          pendingVias.clear();
          pendingDestinations.clear();
          for (PointCode pc : List.copyOf(node.accessibility().keySet())) {
            reevaluate(pc);
          }
        } else if (!pendingVias.isEmpty()) {
          String via = pendingVias.iterator().next();
          pendingVias.remove(via);
          for (PointCode pc : List.copyOf(byVia.getOrDefault(via, Set.of()))) {
            reevaluate(pc);
          }
        } else {
          PointCode pc = pendingDestinations.iterator().next();
          pendingDestinations.remove(pc);
          reevaluate(pc);
        }
      }
    } finally {
      recomputing = false;
      activeRcs = null;
    }
  }

  /** Per tracked destination: the routes traffic to it takes now ({@link RouteChoice#inUse}). */
  private final Map<PointCode, Set<String>> inUse = new HashMap<>();

  /**
   * Per ASP, its active routing contexts, computed once per {@link #drain} (AS states do not change
   * while it runs: message handlers and transport events come later, on the same thread). Asking
   * every ASP for them per destination announced walked every AS each time: O(ASPs x ASes) per
   * destination, the largest cost of starting 2,000 nodes under virtual time.
   */
  private Map<RemoteAsp, List<Long>> activeRcs;

  private List<Long> activeRoutingContexts(RemoteAsp r) {
    return activeRcs != null
        ? activeRcs.computeIfAbsent(r, RemoteAsp::activeRoutingContexts)
        : r.activeRoutingContexts();
  }

  /**
   * Per tracked destination: the priority of the routes in use ({@link RouteChoice#inUsePriority}).
   */
  private final Map<PointCode, Integer> inUsePriority = new HashMap<>();

  private void reevaluate(PointCode pc) {
    evaluated++;
    List<RouteChoice.Candidate> routes = node.candidates(pc);
    boolean now = node.routes().accessible(pc, node::available);
    Set<String> vias = Set.copyOf(RouteChoice.inUse(routes));
    boolean viasChanged = !vias.equals(inUse.put(pc, vias));
    changeback(pc, now, RouteChoice.inUsePriority(routes));
    if (now == node.accessibility().get(pc)) {
      if (viasChanged) {
        tellAdjacentStps(pc);
      }
      return;
    }
    node.markAccessible(pc, now);
    for (MtpUser u : node.users().values()) {
      if (now) {
        u.onResume(pc);
      } else {
        u.onPause(pc);
      }
    }
    announce(pc, now);
    tellAdjacentStps(pc);
  }

  /**
   * Tells {@link Changeback} how the routes in use for {@code pc} changed: better (traffic may
   * return from an alternative, Q.704 §6.4 / §8.2), worse, or none left.
   */
  private void changeback(PointCode pc, boolean now, int priority) {
    Integer before = inUsePriority.put(pc, priority);
    if (before == null || !Boolean.TRUE.equals(node.accessibility().get(pc))) {
      return; // it was not reachable: nothing can be on its way to it
    }
    if (!now) {
      node.changeback().destinationLost(pc);
    } else if (priority < before) {
      node.changeback().routeImproved(pc);
    } else if (priority > before) {
      node.changeback().routeWorsened(pc);
    }
  }

  /**
   * Whether adjacent STP {@code s} must not route {@code pc} through this node: this node cannot
   * reach it (Q.704 §13.2.2 c, broadcast TFP), or routes it through {@code s} itself (§13.2.2 a: an
   * STP that starts routing a destination via an adjacent STP tells it so, which keeps the two from
   * passing messages back and forth). A destination every route of which goes through {@code s}
   * (the peer itself, or behind it only) is left out.
   */
  private boolean prohibitedTo(Session s, PointCode pc) {
    if (pc.equals(node.localPointCode())) {
      return false;
    }
    if (!Boolean.TRUE.equals(node.accessibility().get(pc))
        && !node.routes().accessible(pc, node::available)) {
      return !onlyThrough(s, pc);
    }
    Set<String> peer = s.vias();
    Set<String> used = inUse.get(pc);
    if (used == null) {
      used = Set.copyOf(RouteChoice.inUse(node.candidates(pc)));
    }
    for (String via : used) {
      if (peer.contains(via)) {
        return !onlyThrough(s, pc);
      }
    }
    return false;
  }

  private boolean onlyThrough(Session s, PointCode pc) {
    RoutingTable.Entry e = node.routes().lookup(pc);
    if (e == null) {
      return false;
    }
    Set<String> peer = s.vias();
    for (Route r : e.routes()) {
      if (!peer.contains(r.via())) {
        return false;
      }
    }
    return true;
  }

  /** DUNA / DAVA to each active adjacent STP whose view of {@code pc} through this node changed. */
  private void tellAdjacentStps(PointCode pc) {
    for (Session s : adjacentStps()) {
      List<Long> rcs = s.ssnmRoutingContexts();
      if (rcs == null) {
        continue;
      }
      boolean prohibited = prohibitedTo(s, pc);
      if (prohibited == s.toldProhibited.contains(pc)) {
        continue;
      }
      List<AffectedPointCode> apc = List.of(AffectedPointCode.of(pc.value()));
      if (prohibited) {
        s.toldProhibited.add(pc);
        s.send(new DestinationUnavailable(s.networkAppearance(), rcs, apc, null, List.of()));
      } else {
        s.toldProhibited.remove(pc);
        s.send(new DestinationAvailable(s.networkAppearance(), rcs, apc, null, List.of()));
      }
    }
  }

  private List<Session> adjacentStps() {
    List<Session> out = new ArrayList<>();
    for (LocalAsp l : node.links()) {
      if (l.adjacentStp()) {
        out.add(l);
      }
    }
    for (RemoteAsp r : node.remotes()) {
      if (r.adjacentStp()) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * An adjacent STP's association just became active: tell it every destination it must not route
   * through this node ({@link #prohibitedTo}), in DUNAs of up to {@link #GREET_BATCH}.
   */
  private void greetStp(Session s) {
    List<Long> rcs = s.ssnmRoutingContexts();
    if (rcs == null) {
      return;
    }
    List<AffectedPointCode> down = new ArrayList<>();
    for (PointCode pc : node.accessibility().keySet()) {
      if (prohibitedTo(s, pc) && s.toldProhibited.add(pc)) {
        down.add(AffectedPointCode.of(pc.value()));
      }
    }
    for (int i = 0; i < down.size(); i += GREET_BATCH) {
      s.send(
          new DestinationUnavailable(
              s.networkAppearance(),
              rcs,
              List.copyOf(down.subList(i, Math.min(down.size(), i + GREET_BATCH))),
              null,
              List.of()));
    }
  }

  /** Affected point codes per DUNA that {@link #greet} sends (RFC 4666 §3.4.1 allows a list). */
  static final int GREET_BATCH = 100;

  /**
   * An ASP just became active: tell it which destinations are inaccessible now (DUNA), as it
   * assumes every destination available until told otherwise (§4.5.1). One DUNA lists up to {@link
   * #GREET_BATCH} of them, so greeting an ASP of a large network is a few messages, not one per
   * destination.
   */
  void greet(Session s) {
    if (s.adjacentStp()) {
      greetStp(s);
      return;
    }
    RemoteAsp r = (RemoteAsp) s;
    List<Long> rcs = r.activeRoutingContexts();
    List<AffectedPointCode> down = new ArrayList<>();
    for (Map.Entry<PointCode, Boolean> e : node.accessibility().entrySet()) {
      if (!e.getValue() && !servesRouteTo(r, node.routes().lookup(e.getKey()))) {
        down.add(AffectedPointCode.of(e.getKey().value()));
      }
    }
    for (int i = 0; i < down.size(); i += GREET_BATCH) {
      r.send(
          new DestinationUnavailable(
              r.networkAppearance(),
              rcs,
              List.copyOf(down.subList(i, Math.min(down.size(), i + GREET_BATCH))),
              null,
              List.of()));
    }
  }

  private void announce(PointCode pc, boolean available) {
    RoutingTable.Entry entry = node.routes().lookup(pc);
    for (RemoteAsp r : node.remotes()) {
      List<Long> rcs = activeRoutingContexts(r);
      if (rcs.isEmpty() || r.adjacentStp() || servesRouteTo(r, entry)) {
        continue;
      }
      List<AffectedPointCode> apc = List.of(AffectedPointCode.of(pc.value()));
      r.send(
          available
              ? new DestinationAvailable(r.networkAppearance(), rcs, apc, null, List.of())
              : new DestinationUnavailable(r.networkAppearance(), rcs, apc, null, List.of()));
    }
  }

  private boolean servesRouteTo(RemoteAsp r, RoutingTable.Entry entry) {
    if (entry == null) {
      return false;
    }
    for (Route route : entry.routes()) {
      ApplicationServer<RemoteAsp, Held> as = node.ases().named(route.via());
      if (as != null && as.aspState(r) != AspState.ASP_DOWN) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells every active ASP that the route to {@code affected} is congested at {@code level} (0–3)
   * with SCON (RFC 4666 §4.5.1): the simulator's overload answer.
   */
  void signalCongestion(PointCode affected, int level) {
    for (RemoteAsp r : node.remotes()) {
      List<Long> rcs = r.activeRoutingContexts();
      if (!rcs.isEmpty()) {
        r.send(
            new SignallingCongestion(
                r.networkAppearance(),
                rcs,
                List.of(AffectedPointCode.of(affected.value())),
                null,
                level,
                null,
                List.of()));
      }
    }
  }
}
