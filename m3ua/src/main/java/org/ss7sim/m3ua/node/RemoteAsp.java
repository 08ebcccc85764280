package org.ss7sim.m3ua.node;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ss7sim.m3ua.asp.ApplicationServer;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.asp.AspStateMachine;
import org.ss7sim.m3ua.message.AspActive;
import org.ss7sim.m3ua.message.AspActiveAck;
import org.ss7sim.m3ua.message.AspDownAck;
import org.ss7sim.m3ua.message.AspInactive;
import org.ss7sim.m3ua.message.AspInactiveAck;
import org.ss7sim.m3ua.message.AspUp;
import org.ss7sim.m3ua.message.AspUpAck;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.DeregistrationRequest;
import org.ss7sim.m3ua.message.DestinationStateAudit;
import org.ss7sim.m3ua.message.ErrorCode;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.RegistrationRequest;
import org.ss7sim.m3ua.message.TrafficModeType;

/**
 * A remote ASP on an accepted association, as this node (SGP or answering IPSP) sees it (RFC 4666
 * §4.3.4, SGP side). Its per-AS state lives in the {@link ApplicationServer}s; {@link #upState} is
 * ASP-DOWN until ASP Up and after ASP Down.
 */
final class RemoteAsp extends Session {
  private AspState upState = AspState.ASP_DOWN;
  private Long aspIdentifier;
  private final boolean doubleExchange;

  /** The server (listening link) that accepted this ASP. */
  final String server;

  private final Long networkAppearance;
  private final Long ownAspIdentifier;

  /** This node's own ASP state towards the peer, in IPSP double exchange. */
  private AspState ownState = AspState.ASP_DOWN;

  private List<Long> ownRoutingContexts;

  /**
   * The ASes this ASP is up in (its state there is not ASP-DOWN), beside each AS's own table: what
   * this ASP is active or up for costs its own ASes, not every AS of the node (an STP serves one AS
   * per link, and asks this on every destination-state change).
   */
  private final Set<ApplicationServer<RemoteAsp, Held>> joined = new LinkedHashSet<>();

  RemoteAsp(M3uaNode node, String name, M3uaNodeBuilder.ServerConfig server) {
    super(node, name);
    this.server = server.name();
    this.doubleExchange = server.doubleExchange();
    this.networkAppearance = server.networkAppearance();
    this.ownAspIdentifier = server.aspIdentifier();
  }

  @Override
  String link() {
    return server;
  }

  @Override
  Long networkAppearance() {
    return networkAppearance != null ? networkAppearance : node.networkAppearance();
  }

  AspState ownState() {
    return ownState;
  }

  boolean isUp() {
    return upState != AspState.ASP_DOWN;
  }

  /** The ASes this ASP is up in: the routes a message it sent may not go back over. */
  @Override
  java.util.Set<String> vias() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (ApplicationServer<RemoteAsp, Held> as : joined) {
      out.add(as.name());
    }
    return out;
  }

  @Override
  boolean isVia(String via) {
    ApplicationServer<RemoteAsp, Held> as = node.ases().named(via);
    return as != null && as.aspState(this) != AspState.ASP_DOWN;
  }

  @Override
  boolean adjacentStp() {
    return node.config.adjacentTransferPoints.contains(server);
  }

  @Override
  List<Long> ssnmRoutingContexts() {
    List<Long> rcs = activeRoutingContexts();
    return rcs.isEmpty() ? null : rcs;
  }

  /** Whether DATA for {@code dpc} may go to this ASP: the peer has not reported it unavailable. */
  boolean carries(org.ss7sim.mtp.PointCode dpc) {
    return !prohibited.covers(dpc.value());
  }

  /** No longer active in any AS: what the peer reported, and what it was told, lapses. */
  private void forgetDestinationStates() {
    if (activeRoutingContexts().isEmpty()) {
      boolean had = !toldProhibited.isEmpty();
      prohibited.clear();
      restricted.clear();
      toldProhibited.clear();
      if (had || adjacentStp()) {
        for (String via : vias()) {
          node.topologyChanged(via);
        }
      }
    }
  }

  /** Routing contexts of the ASes this ASP is active in. */
  List<Long> activeRoutingContexts() {
    if (joined.isEmpty()) {
      return List.of();
    }
    List<ApplicationServer<RemoteAsp, Held>> active = new ArrayList<>(joined.size());
    for (ApplicationServer<RemoteAsp, Held> as : joined) {
      if (as.aspState(this) == AspState.ASP_ACTIVE) {
        active.add(as);
      }
    }
    if (active.size() > 1) {
      active.sort(node.ases().configurationOrder());
    }
    List<Long> rcs = new ArrayList<>(active.size());
    for (ApplicationServer<RemoteAsp, Held> as : active) {
      rcs.add(as.routingContext());
    }
    return rcs;
  }

  /** Down in every AS it was up in. */
  private void leaveAll() {
    List<ApplicationServer<RemoteAsp, Held>> ases = new ArrayList<>(joined);
    joined.clear();
    for (ApplicationServer<RemoteAsp, Held> as : ases) {
      as.aspDown(this);
    }
  }

  /** {@code as} is gone (deregistered): it no longer counts for this ASP. */
  void forget(ApplicationServer<RemoteAsp, Held> as) {
    joined.remove(as);
  }

  private AspState overallState() {
    return activeRoutingContexts().isEmpty() ? upState : AspState.ASP_ACTIVE;
  }

  @Override
  void up() {
    upState = AspState.ASP_DOWN;
  }

  @Override
  void down() {
    upState = AspState.ASP_DOWN;
    ownState = AspState.ASP_DOWN;
    prohibited.clear();
    restricted.clear();
    toldProhibited.clear();
    leaveAll();
  }

  /**
   * The ASes named by {@code rcs} (all this peer is configured for when empty), or null after
   * answering ERR Invalid Routing Context for one that is unknown or not configured for this peer
   * (its server and address, {@link AsConfig}).
   */
  private List<ApplicationServer<RemoteAsp, Held>> servers(List<Long> rcs) {
    List<ApplicationServer<RemoteAsp, Held>> out = new ArrayList<>();
    if (rcs.isEmpty()) {
      for (ApplicationServer<RemoteAsp, Held> as : node.ases().all()) {
        if (node.ases().admits(as, this)) {
          out.add(as);
        }
      }
      return out;
    }
    for (long rc : rcs) {
      ApplicationServer<RemoteAsp, Held> as = node.ases().byRoutingContext(rc);
      if (as == null) {
        refused(Counter.REFUSED_ROUTING_CONTEXTS);
        unexpected(ErrorCode.INVALID_ROUTING_CONTEXT, "unknown routing context " + rc, List.of(rc));
        return null;
      }
      if (!node.ases().admits(as, this)) {
        refused(Counter.REFUSED_ROUTING_CONTEXTS);
        unexpected(
            ErrorCode.INVALID_ROUTING_CONTEXT,
            "routing context " + rc + " not configured for this peer",
            List.of(rc));
        return null;
      }
      out.add(as);
    }
    return out;
  }

  @Override
  void handle(M3uaMessage m, int streamId) {
    switch (m.type()) {
      case ASPUP -> aspUp((AspUp) m);
      case ASPDN -> aspDown();
      case ASPAC -> aspActive((AspActive) m);
      case ASPIA -> aspInactive((AspInactive) m);
      case DATA -> data((Data) m);
      case DAUD -> node.audit(this, (DestinationStateAudit) m);
      case DUNA, DAVA, DRST -> {
        if (adjacentStp()) {
          destinationState(m);
        } else {
          unexpected(ErrorCode.UNEXPECTED_MESSAGE, m.type() + " received by an SGP");
        }
      }
      case REG_REQ -> send(node.register(this, (RegistrationRequest) m));
      case DEREG_REQ -> send(node.deregister(this, (DeregistrationRequest) m));
      case ASPUP_ACK, ASPAC_ACK, ASPIA_ACK, ASPDN_ACK, NTFY -> {
        if (doubleExchange) {
          ownExchange(m);
        } else {
          unexpected(ErrorCode.UNEXPECTED_MESSAGE, m.type() + " received by an SGP");
        }
      }
      default -> unexpected(ErrorCode.UNEXPECTED_MESSAGE, m.type() + " received by an SGP");
    }
  }

  /**
   * DUNA / DAVA / DRST from an adjacent STP (the ASP end of an STP–STP link): the STP tells which
   * destinations it cannot reach, or reaches only through this node (transfer-prohibited, Q.704
   * §13.2), so this node does not route them over it; the same handling as on the ASP side (§3.4.1,
   * §3.4.2, §3.4.6).
   */
  private void destinationState(M3uaMessage m) {
    List<org.ss7sim.m3ua.message.AffectedPointCode> apcs;
    switch (m.type()) {
      case DUNA -> {
        apcs = ((org.ss7sim.m3ua.message.DestinationUnavailable) m).affectedPointCodes();
        prohibited.addAll(apcs);
      }
      case DAVA -> {
        apcs = ((org.ss7sim.m3ua.message.DestinationAvailable) m).affectedPointCodes();
        for (org.ss7sim.m3ua.message.AffectedPointCode apc : apcs) {
          prohibited.clear(apc);
          restricted.clear(apc);
        }
      }
      default -> {
        apcs = ((org.ss7sim.m3ua.message.DestinationRestricted) m).affectedPointCodes();
        restricted.addAll(apcs);
      }
    }
    for (String via : vias()) {
      node.topologyChanged(via, apcs);
    }
  }

  /** IPSP double exchange: this side's own ASP Up / ASP Active towards the peer. */
  private void ownExchange(M3uaMessage m) {
    switch (m.type()) {
      case ASPUP_ACK -> {
        if (ownState == AspState.ASP_DOWN) {
          ownState = AspState.ASP_INACTIVE;
          if (ownRoutingContexts != null) {
            send(new AspActive(null, ownRoutingContexts, null, List.of()));
          }
        }
      }
      case ASPAC_ACK -> ownState = AspState.ASP_ACTIVE;
      case ASPIA_ACK -> ownState = AspState.ASP_INACTIVE;
      case ASPDN_ACK -> ownState = AspState.ASP_DOWN;
      default -> {}
    }
  }

  /** ASP Down (§4.3.4.2): down in every AS, acknowledged. */
  private void aspDown() {
    AspStateMachine.Outcome o =
        AspStateMachine.handle(overallState(), AspStateMachine.Event.ASP_DOWN);
    upState = o.next();
    prohibited.clear();
    restricted.clear();
    toldProhibited.clear();
    leaveAll();
    send(new AspDownAck(null, List.of()));
  }

  /** ASP Inactive (§4.3.4.4): inactive in the ASes named (or all), acknowledged. */
  private void aspInactive(AspInactive ia) {
    AspStateMachine.Outcome o =
        AspStateMachine.handle(overallState(), AspStateMachine.Event.ASP_INACTIVE);
    if (o.error() != null) {
      unexpected(o.error(), "ASP Inactive while " + overallState(), ia.routingContexts());
      return;
    }
    List<ApplicationServer<RemoteAsp, Held>> ases = servers(ia.routingContexts());
    if (ases == null) {
      return;
    }
    send(new AspInactiveAck(ia.routingContexts(), null, List.of()));
    for (ApplicationServer<RemoteAsp, Held> as : ases) {
      if (as.aspState(this) != AspState.ASP_DOWN) {
        as.aspInactive(this);
        joined.add(as);
      }
    }
    forgetDestinationStates();
  }

  private void aspUp(AspUp m) {
    AspState before = overallState();
    AspStateMachine.Outcome o = AspStateMachine.handle(before, AspStateMachine.Event.ASP_UP);
    aspIdentifier = m.aspIdentifier();
    upState = o.next();
    send(
        new AspUpAck(ownAspIdentifier != null ? ownAspIdentifier : aspIdentifier, null, List.of()));
    if (doubleExchange && ownState == AspState.ASP_DOWN) {
      send(new AspUp(ownAspIdentifier, null, List.of()));
    }
    if (o.error() != null) {
      unexpected(o.error(), "ASP Up while ASP-ACTIVE");
      for (ApplicationServer<RemoteAsp, Held> as : new ArrayList<>(joined)) {
        if (as.aspState(this) == AspState.ASP_ACTIVE) {
          as.aspInactive(this);
        }
      }
    }
  }

  private void aspActive(AspActive m) {
    AspStateMachine.Outcome o =
        AspStateMachine.handle(overallState(), AspStateMachine.Event.ASP_ACTIVE);
    if (o.error() != null) {
      unexpected(o.error(), "ASP Active while ASP-DOWN", m.routingContexts());
      return;
    }
    TrafficModeType mode = m.trafficModeType();
    if (mode != null && !mode.isKnown()) {
      refused(Counter.REFUSED_TRAFFIC_MODES);
      unexpected(
          ErrorCode.UNSUPPORTED_TRAFFIC_MODE_TYPE, "traffic mode " + mode, m.routingContexts());
      return;
    }
    List<ApplicationServer<RemoteAsp, Held>> ases = servers(m.routingContexts());
    if (ases == null) {
      return;
    }
    if (ases.isEmpty()) {
      refused(Counter.REFUSED_NO_CONFIGURED_AS);
      unexpected(ErrorCode.NO_CONFIGURED_AS_FOR_ASP, "no AS configured for this ASP");
      return;
    }
    for (ApplicationServer<RemoteAsp, Held> as : ases) {
      if (mode != null && !mode.equals(as.trafficMode())) {
        refused(Counter.REFUSED_TRAFFIC_MODES);
        unexpected(
            ErrorCode.UNSUPPORTED_TRAFFIC_MODE_TYPE,
            "traffic mode " + mode + " but AS " + as.name() + " is " + as.trafficMode(),
            m.routingContexts());
        return;
      }
    }
    boolean copy = true;
    for (ApplicationServer<RemoteAsp, Held> as : ases) {
      copy &= as.aspState(this) == AspState.ASP_ACTIVE;
    }
    send(new AspActiveAck(mode, m.routingContexts(), null, List.of()));
    if (doubleExchange) {
      ownRoutingContexts = m.routingContexts();
      if (ownState == AspState.ASP_INACTIVE) {
        send(new AspActive(null, ownRoutingContexts, null, List.of()));
      }
    }
    if (copy) {
      // §4.3.4.3: ASP Active from an ASP already active in every AS it names (a copy sent before
      // our ack reached it) is acknowledged and changes nothing; the destination states it was
      // told when it became active are not sent again (per copy, that multiplied a slow start).
      return;
    }
    for (ApplicationServer<RemoteAsp, Held> as : ases) {
      as.aspActive(this);
      joined.add(as);
    }
    node.greet(this);
  }

  private void data(Data d) {
    List<Long> rcs = d.routingContexts();
    if (rcs.isEmpty()) {
      if (activeRoutingContexts().isEmpty()) {
        refused(Counter.REFUSED_DATA);
        unexpected(ErrorCode.UNEXPECTED_MESSAGE, "DATA from an ASP that is not active");
        return;
      }
    } else {
      for (long rc : rcs) {
        ApplicationServer<RemoteAsp, Held> as = node.ases().byRoutingContext(rc);
        if (as == null || as.aspState(this) != AspState.ASP_ACTIVE) {
          refused(Counter.REFUSED_DATA);
          if (as != null && activeRoutingContexts().isEmpty()) {
            // §3.8.1: DATA while ASP-INACTIVE is an unexpected message.
            unexpected(ErrorCode.UNEXPECTED_MESSAGE, "DATA from an ASP that is not active");
            return;
          }
          // §3.8.1: a routing context this ASP may not send for; the message is dropped.
          unexpected(
              ErrorCode.INVALID_ROUTING_CONTEXT,
              as == null ? "DATA for unknown RC " + rc : "DATA from an ASP not active in RC " + rc,
              List.of(rc));
          return;
        }
      }
    }
    node.receiveData(this, d);
  }
}
