package org.ss7sim.m3ua.node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.asp.AspStateMachine;
import org.ss7sim.m3ua.message.AffectedPointCode;
import org.ss7sim.m3ua.message.AspActive;
import org.ss7sim.m3ua.message.AspActiveAck;
import org.ss7sim.m3ua.message.AspDown;
import org.ss7sim.m3ua.message.AspDownAck;
import org.ss7sim.m3ua.message.AspInactive;
import org.ss7sim.m3ua.message.AspInactiveAck;
import org.ss7sim.m3ua.message.AspUp;
import org.ss7sim.m3ua.message.AspUpAck;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.DestinationAvailable;
import org.ss7sim.m3ua.message.DestinationRestricted;
import org.ss7sim.m3ua.message.DestinationStateAudit;
import org.ss7sim.m3ua.message.DestinationUnavailable;
import org.ss7sim.m3ua.message.DestinationUserPartUnavailable;
import org.ss7sim.m3ua.message.ErrorCode;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.Notify;
import org.ss7sim.m3ua.message.RegistrationRequest;
import org.ss7sim.m3ua.message.RegistrationResponse;
import org.ss7sim.m3ua.message.RegistrationResult;
import org.ss7sim.m3ua.message.RoutingKey;
import org.ss7sim.m3ua.message.SignallingCongestion;
import org.ss7sim.m3ua.message.Status;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.routing.Route;
import org.ss7sim.mtp.routing.RoutingTable;
import org.ss7sim.transport.Association;
import org.ss7sim.wire.time.Timer;

/**
 * This node as ASP on one client association (RFC 4666 §4.3.4, ASP side): on association up it
 * sends ASP Up, then (after registering a routing key if configured, §4.4.1) ASP Active; it repeats
 * an unanswered ASP Up or ASP Active after the ack timeout, doubling the wait after each unanswered
 * one up to {@link #MAX_RETRY_INTERVAL} (a peer that is slow to answer is not flooded with copies,
 * each of which it would answer). An acknowledgement of a copy (an ASP Active Ack while already
 * ASP-ACTIVE) changes nothing: the link is not audited or announced again. It follows DUNA/DAVA for
 * the destinations behind the peer (§4.5) and reports SCON/DUPU as MTP-STATUS.
 */
final class LocalAsp extends Session {
  private final AspLinkConfig config;
  private final List<Long> routingContexts;

  private AspState state = AspState.ASP_DOWN;
  private Timer retry;

  /** Copies sent of the ASPSM/ASPTM message now awaiting its ack (the back-off's exponent). */
  private int unanswered;

  /**
   * The longest wait between two copies of an unanswered ASP Up or ASP Active: T(ack)'s default in
   * RFC 4666 §4.3.4.1 (2 s); a shorter configured ack timeout doubles up to it.
   */
  static final Duration MAX_RETRY_INTERVAL = Duration.ofSeconds(2);

  private boolean goingDown;
  private boolean wantActive = true;

  /** The peer's own ASP state, in IPSP double exchange. */
  private AspState peerState = AspState.ASP_DOWN;

  @Override
  Long networkAppearance() {
    return config.networkAppearance() != null
        ? config.networkAppearance()
        : node.networkAppearance();
  }

  LocalAsp(M3uaNode node, AspLinkConfig config) {
    super(node, config.name());
    this.config = config;
    this.routingContexts = new ArrayList<>(config.routingContexts());
  }

  AspState state() {
    return state;
  }

  @Override
  java.util.Set<String> vias() {
    return java.util.Set.of(name);
  }

  @Override
  boolean isVia(String via) {
    return name.equals(via);
  }

  @Override
  boolean adjacentStp() {
    return node.config.adjacentTransferPoints.contains(name);
  }

  @Override
  List<Long> ssnmRoutingContexts() {
    return state == AspState.ASP_ACTIVE ? routingContexts : null;
  }

  List<Long> routingContexts() {
    return routingContexts;
  }

  /** Whether DATA for {@code dpc} can go out on this association now. */
  boolean carries(PointCode dpc) {
    return state == AspState.ASP_ACTIVE && !prohibited.covers(dpc.value());
  }

  /** Whether {@code apc} (a point code with {@code mask} wildcard low bits) covers {@code pc}. */
  static boolean covers(AffectedPointCode apc, int pc) {
    int mask = Math.min(apc.mask(), 24);
    return (apc.pointCode() >>> mask) == (pc >>> mask);
  }

  void open(Association a) {
    association = a;
  }

  @Override
  void up() {
    state = AspState.ASP_DOWN;
    goingDown = false;
    answered();
    aspUp();
  }

  private void aspUp() {
    send(new AspUp(config.aspIdentifier(), null, List.of()));
    retryAfterTimeout(this::aspUp);
  }

  /** Sends ASP Active (again) and keeps the link active from now on. */
  void activate() {
    wantActive = true;
    if (state == AspState.ASP_INACTIVE) {
      aspActive();
    }
  }

  private void aspActive() {
    send(new AspActive(config.trafficMode(), routingContexts, null, List.of()));
    retryAfterTimeout(this::aspActive);
  }

  private void retryAfterTimeout(Runnable again) {
    cancelRetry();
    retry =
        node.timers()
            .schedule(
                retryInterval(node.ackTimeout(), unanswered++),
                () -> {
                  retry = null;
                  if (association != null && association.isUp()) {
                    again.run();
                  }
                });
  }

  /**
   * The wait before the next copy when {@code copies} copies went unanswered: the ack timeout,
   * doubled per unanswered copy, at most {@link #MAX_RETRY_INTERVAL} (or the ack timeout if
   * longer).
   */
  static Duration retryInterval(Duration ackTimeout, int copies) {
    Duration cap = ackTimeout.compareTo(MAX_RETRY_INTERVAL) > 0 ? ackTimeout : MAX_RETRY_INTERVAL;
    Duration d = ackTimeout;
    for (int i = 0; i < copies && d.compareTo(cap) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(cap) > 0 ? cap : d;
  }

  private void cancelRetry() {
    if (retry != null) {
      retry.cancel();
      retry = null;
    }
  }

  /** The message awaited was acknowledged (or the exchange ended): no copy, back-off reset. */
  private void answered() {
    cancelRetry();
    unanswered = 0;
  }

  /** Sends ASP Inactive (§4.3.4.4): traffic stops, the association stays. */
  void deactivate() {
    wantActive = false;
    answered();
    send(new AspInactive(routingContexts, null, List.of()));
  }

  /** Sends ASP Down (§4.3.4.2); no reactivation until the association restarts. */
  void aspDown() {
    goingDown = true;
    answered();
    send(new AspDown(null, List.of()));
  }

  @Override
  void down() {
    answered();
    state = AspState.ASP_DOWN;
    peerState = AspState.ASP_DOWN;
    prohibited.clear();
    restricted.clear();
    toldProhibited.clear();
    node.topologyChanged(name);
  }

  /** IPSP double exchange: answer the peer's own ASPSM/ASPTM as an SGP would (§4.3.4.1–4). */
  private void peerExchange(M3uaMessage m) {
    AspStateMachine.Event event =
        switch (m.type()) {
          case ASPUP -> AspStateMachine.Event.ASP_UP;
          case ASPAC -> AspStateMachine.Event.ASP_ACTIVE;
          case ASPIA -> AspStateMachine.Event.ASP_INACTIVE;
          default -> AspStateMachine.Event.ASP_DOWN;
        };
    AspStateMachine.Outcome o = AspStateMachine.handle(peerState, event);
    if (o.acknowledge()) {
      switch (m.type()) {
        case ASPUP -> send(new AspUpAck(config.aspIdentifier(), null, List.of()));
        case ASPAC -> {
          AspActive ac = (AspActive) m;
          send(new AspActiveAck(ac.trafficModeType(), ac.routingContexts(), null, List.of()));
        }
        case ASPIA ->
            send(new AspInactiveAck(((AspInactive) m).routingContexts(), null, List.of()));
        default -> send(new AspDownAck(null, List.of()));
      }
    }
    if (o.error() != null) {
      unexpected(o.error(), m.type() + " from the peer IPSP while " + peerState);
    }
    peerState = o.next();
  }

  AspState peerState() {
    return peerState;
  }

  @Override
  void handle(M3uaMessage m, int streamId) {
    switch (m.type()) {
      case ASPUP_ACK -> aspUpAcknowledged();
      case REG_RSP -> registered((RegistrationResponse) m);
      case ASPAC_ACK -> {
        answered();
        if (state == AspState.ASP_ACTIVE) {
          // The ack of a copy sent while the first was on its way (§4.3.4.3): already active,
          // audited and announced; doing it again per copy multiplied the work of a slow start.
          return;
        }
        state = AspState.ASP_ACTIVE;
        node.topologyChanged(name);
        audit();
        if (adjacentStp()) {
          node.greet(this);
        }
      }
      case ASPIA_ACK -> {
        state = AspState.ASP_INACTIVE;
        toldProhibited.clear(); // told again on reactivation (greet)
        node.topologyChanged(name);
      }
      case ASPDN_ACK -> {
        state = AspState.ASP_DOWN;
        toldProhibited.clear();
        node.topologyChanged(name);
      }
      case NTFY -> notified(((Notify) m).status());
      case DATA -> data((Data) m);
      case DUNA -> unavailable(((DestinationUnavailable) m).affectedPointCodes());
      case DAVA -> available(((DestinationAvailable) m).affectedPointCodes());
      case DRST -> restricted(((DestinationRestricted) m).affectedPointCodes());
      case SCON -> node.congestion((SignallingCongestion) m);
      case DUPU -> node.userPartUnavailable((DestinationUserPartUnavailable) m);
      case ASPUP, ASPAC, ASPIA, ASPDN -> {
        if (config.doubleExchange()) {
          peerExchange(m);
        } else {
          unexpected(ErrorCode.UNEXPECTED_MESSAGE, m.type() + " received by an ASP");
        }
      }
      default -> unexpected(ErrorCode.UNEXPECTED_MESSAGE, m.type() + " received by an ASP");
    }
  }

  /** §4.3.4.1: ASP-INACTIVE; register a routing key first if configured (§4.4.1), then activate. */
  private void aspUpAcknowledged() {
    if (state != AspState.ASP_DOWN || goingDown) {
      return;
    }
    answered();
    state = AspState.ASP_INACTIVE;
    if (!wantActive) {
      return;
    }
    if (routingContexts.isEmpty() && config.register()) {
      send(
          new RegistrationRequest(
              List.of(
                  RoutingKey.forDestination(
                      1, null, config.trafficMode(), node.localPointCode().value())),
              List.of()));
    } else {
      aspActive();
    }
  }

  /** §4.4.2: the routing contexts the SGP assigned; activate for them. */
  private void registered(RegistrationResponse m) {
    for (RegistrationResult r : m.results()) {
      if (r.status() == RegistrationResult.SUCCESSFULLY_REGISTERED
          && !routingContexts.contains(r.routingContext())) {
        routingContexts.add(r.routingContext());
      }
    }
    if (state == AspState.ASP_INACTIVE && !routingContexts.isEmpty()) {
      aspActive();
    }
  }

  /** NTFY (§3.8.2): another ASP took over, or a standby ASP takes over a failed one. */
  private void notified(Status s) {
    if (s.equals(Status.ALTERNATE_ASP_ACTIVE) && state == AspState.ASP_ACTIVE) {
      state = AspState.ASP_INACTIVE;
      toldProhibited.clear();
      node.topologyChanged(name);
    } else if ((s.equals(Status.AS_PENDING)
            || s.equals(Status.ASP_FAILURE)
            || s.equals(Status.INSUFFICIENT_ASP_RESOURCES))
        && state == AspState.ASP_INACTIVE
        && wantActive
        && !goingDown
        && !routingContexts.isEmpty()) {
      // §4.3.4.3: a standby ASP takes over an AS whose active ASP failed or that lacks ASPs.
      aspActive();
    }
  }

  private void data(Data d) {
    if (state != AspState.ASP_ACTIVE) {
      unexpected(ErrorCode.UNEXPECTED_MESSAGE, "DATA while " + state);
    } else if (!d.routingContexts().isEmpty()
        && !routingContexts.isEmpty()
        && !routingContexts.containsAll(d.routingContexts())) {
      refused(Counter.REFUSED_DATA);
      unexpected(
          ErrorCode.INVALID_ROUTING_CONTEXT,
          "DATA for RC " + d.routingContexts(),
          d.routingContexts());
    } else {
      node.receiveData(this, d);
    }
  }

  /** DUNA (§3.4.1): no traffic to these destinations on this association. */
  private void unavailable(List<AffectedPointCode> apcs) {
    prohibited.addAll(apcs);
    node.topologyChanged(name, apcs);
  }

  /** DAVA (§3.4.2): a DAVA for a range clears what it covers, prohibited or restricted. */
  private void available(List<AffectedPointCode> apcs) {
    for (AffectedPointCode apc : apcs) {
      prohibited.clear(apc);
      restricted.clear(apc);
    }
    node.topologyChanged(name, apcs);
  }

  /**
   * DRST (§3.4.6): these destinations are still reachable through the SG but restricted; routing
   * prefers another available route to them (as for TFR, Q.704 §13.4) and uses this one only when
   * there is none. DAVA (or the association's loss) lifts it.
   */
  private void restricted(List<AffectedPointCode> apcs) {
    restricted.addAll(apcs);
    node.topologyChanged(name, apcs);
  }

  /** Whether the peer reported {@code dpc} restricted (DRST) on this association. */
  boolean restricts(PointCode dpc) {
    return restricted.covers(dpc.value());
  }

  /**
   * DAUD (§3.4.3, §4.5): on becoming active, audit the point codes routed over this association
   * with one DAUD (DUNA/DAVA/DRST sent while it was not active may have been missed). Only exact
   * routes: a range is left out, as an SGP may answer it by the state of its first point code.
   */
  private void audit() {
    List<AffectedPointCode> apcs = new ArrayList<>();
    for (RoutingTable.Entry e : node.routes().entries()) {
      if (e.mask() != 0) {
        continue; // an SGP may answer a range by one point code's state (Ssnm.audit does)
      }
      for (Route r : e.routes()) {
        if (r.via().equals(name)) {
          apcs.add(AffectedPointCode.of(e.dpc().value()));
          break;
        }
      }
    }
    if (!apcs.isEmpty()) {
      send(new DestinationStateAudit(networkAppearance(), routingContexts, apcs, null, List.of()));
    }
  }
}
