package org.ss7sim.m3ua.node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.m3ua.asp.ApplicationServer;
import org.ss7sim.m3ua.asp.AsState;
import org.ss7sim.m3ua.message.AffectedPointCode;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.DestinationUnavailable;
import org.ss7sim.m3ua.message.DestinationUserPartUnavailable;
import org.ss7sim.m3ua.message.ErrorCode;
import org.ss7sim.m3ua.message.ProtocolData;
import org.ss7sim.m3ua.message.UserCause;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.MtpUser;
import org.ss7sim.mtp.NetworkIndicator;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.mtp.routing.Route;
import org.ss7sim.mtp.routing.RoutingTable;

/**
 * Message routing of one node (Q.704 §2.3–§2.4, RFC 4666 §4.1–§4.2): MTP-TRANSFER requests and
 * received DATA go to the local user part when addressed to this point code, otherwise along the
 * route {@link RouteChoice} decides (the STP function) as DATA with the route's routing context; an
 * AS route chooses its ASPs by traffic mode and holds messages while the AS is pending, and at T(r)
 * expiry they change over to the route left ({@link #changeover}).
 */
final class Forwarding {
  private final M3uaNode node;
  private final Changeback changeback;

  Forwarding(M3uaNode node, Duration changebackDelay) {
    this.node = node;
    this.changeback = new Changeback(node, this, changebackDelay);
  }

  /** Time-controlled changeback of the destinations traffic was diverted for. */
  Changeback changeback() {
    return changeback;
  }

  void transfer(MtpTransfer request) {
    if (request.dpc().equals(node.localPointCode())) {
      deliver(request, null);
    } else {
      route(request, null);
    }
  }

  /** The routes of {@code dpc}'s entry as {@link RouteChoice} sees them, or empty. */
  List<RouteChoice.Candidate> candidates(PointCode dpc, Session from) {
    RoutingTable.Entry e = node.routes().lookup(dpc);
    if (e == null) {
      return List.of();
    }
    List<RouteChoice.Candidate> out = new ArrayList<>(e.routes().size());
    for (Route r : e.routes()) {
      out.add(
          new RouteChoice.Candidate(
              r.via(), r.priority(), reach(r.via(), dpc), from != null && from.isVia(r.via())));
    }
    return out;
  }

  /**
   * Routes {@code t} (from a local user part when {@code from} is null, else received on {@code
   * from}) as {@link RouteChoice} decides; returns false when it was discarded (counted).
   */
  boolean route(MtpTransfer t, Session from) {
    RouteChoice.Decision d = RouteChoice.decide(candidates(t.dpc(), from), t.sls());
    if (changeback.active()
        && !(d instanceof RouteChoice.Discard)
        && changeback.offer(t.dpc(), () -> new Held(toData(t, List.of()), from))) {
      return true; // in the changeback buffer until T3 expires (Q.704 §6.4, §8.2)
    }
    return apply(d, t, from, null);
  }

  private boolean apply(RouteChoice.Decision decision, MtpTransfer t, Session from, Data held) {
    if (decision instanceof RouteChoice.Send s) {
      if (s.diverted()) {
        node.count(Counter.DIVERTED);
        changeback.diverted(t.dpc());
      }
      return send(s.via(), t, held);
    }
    if (decision instanceof RouteChoice.Hold h) {
      ApplicationServer<RemoteAsp, Held> as = node.ases().named(h.via());
      Data d = held != null ? held : toData(t, List.of(as.routingContext()));
      if (as.hold(new Held(d, from))) {
        node.count(Counter.BUFFERED);
        return true;
      }
      return false; // counted by the AS (DISCARDED_PENDING)
    }
    RouteChoice.Discard d = (RouteChoice.Discard) decision;
    node.count(
        d.reason() == RouteChoice.Reason.WOULD_RETURN
            ? Counter.DISCARDED_WOULD_RETURN
            : Counter.DISCARDED_NO_ROUTE);
    return false;
  }

  private boolean send(String via, MtpTransfer t, Data held) {
    LocalAsp link = node.linkOrNull(via);
    if (link != null) {
      return link.sendData(withRoutingContexts(held, t, link.routingContexts()));
    }
    ApplicationServer<RemoteAsp, Held> as = node.ases().named(via);
    Data d = withRoutingContexts(held, t, List.of(as.routingContext()));
    boolean sent = false;
    for (RemoteAsp r : as.select(t.sls())) {
      sent |= r.sendData(d);
    }
    return sent;
  }

  private Data withRoutingContexts(Data held, MtpTransfer t, List<Long> rcs) {
    if (held == null) {
      return toData(t, rcs);
    }
    return held.routingContexts().equals(rcs)
        ? held
        : new Data(held.networkAppearance(), rcs, held.protocolData(), null, List.of());
  }

  /**
   * Changeover (Q.704 §5.3.1, RFC 4666 §4.3.4.3): T(r) of AS {@code as} expired with messages held;
   * the AS has left AS-PENDING, so each goes, in order, over the route now chosen for it (the
   * alternative: the other STP of the pair). Returns how many had no route left (discarded, counted
   * by the AS as {@link Counter#DISCARDED_PENDING}).
   */
  int changeover(String as, List<Held> held) {
    int discarded = 0;
    for (Held h : held) {
      MtpTransfer t = toTransfer(h.data().protocolData());
      RouteChoice.Decision d = RouteChoice.decide(candidates(t.dpc(), h.from()), t.sls());
      if (d instanceof RouteChoice.Discard) {
        discarded++; // held, then dropped at T(r) expiry: DISCARDED_PENDING
      } else if (apply(d, t, h.from(), h.data())) {
        node.count(Counter.CHANGED_OVER);
      }
    }
    return discarded;
  }

  /**
   * Messages from a changeback buffer ({@link Changeback}): each, in order, over the route chosen
   * for it now; one with no route left is discarded and counted.
   */
  void resend(List<Held> held) {
    for (Held h : held) {
      MtpTransfer t = toTransfer(h.data().protocolData());
      apply(RouteChoice.decide(candidates(t.dpc(), h.from()), t.sls()), t, h.from(), h.data());
    }
  }

  /** The route {@link #route} would take for {@code dpc} and {@code sls} now, or null. */
  String choose(PointCode dpc, int sls) {
    RouteChoice.Decision d = RouteChoice.decide(candidates(dpc, null), sls);
    if (d instanceof RouteChoice.Send s) {
      return s.via();
    }
    return d instanceof RouteChoice.Hold h ? h.via() : null;
  }

  /** Whether route {@code via} can carry traffic to {@code dpc} now (held, if pending). */
  boolean available(String via, PointCode dpc) {
    return reach(via, dpc) != RouteChoice.Reach.UNAVAILABLE;
  }

  /**
   * What route {@code via} can do for {@code dpc}: a client link when active and the peer has not
   * reported {@code dpc} unavailable (DUNA) or restricted (DRST); an AS when active with an ASP
   * that has not reported it unavailable, or pending (§4.3.4.3).
   */
  RouteChoice.Reach reach(String via, PointCode dpc) {
    LocalAsp link = node.linkOrNull(via);
    if (link != null) {
      if (!link.carries(dpc)) {
        return RouteChoice.Reach.UNAVAILABLE;
      }
      return link.restricts(dpc) ? RouteChoice.Reach.RESTRICTED : RouteChoice.Reach.AVAILABLE;
    }
    ApplicationServer<RemoteAsp, Held> as = node.ases().named(via);
    if (as == null) {
      return RouteChoice.Reach.UNAVAILABLE;
    }
    if (as.state() == AsState.AS_PENDING) {
      return RouteChoice.Reach.PENDING;
    }
    if (as.state() != AsState.AS_ACTIVE) {
      return RouteChoice.Reach.UNAVAILABLE;
    }
    if (!as.anyActive(r -> r.carries(dpc))) {
      return RouteChoice.Reach.UNAVAILABLE;
    }
    return as.anyActive(r -> r.carries(dpc) && !r.restricted.covers(dpc.value()))
        ? RouteChoice.Reach.AVAILABLE
        : RouteChoice.Reach.RESTRICTED;
  }

  private Data toData(MtpTransfer t, List<Long> rcs) {
    return new Data(
        node.networkAppearance(),
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

  void receiveData(Session from, Data d) {
    node.count(Counter.DATA_RECEIVED);
    from.dataReceived++;
    Long na = from.networkAppearance();
    if (na != null && d.networkAppearance() != null && !na.equals(d.networkAppearance())) {
      from.refused(Counter.REFUSED_NETWORK_APPEARANCES);
      from.unexpected(
          ErrorCode.INVALID_NETWORK_APPEARANCE,
          "network appearance " + d.networkAppearance(),
          d.routingContexts());
      return;
    }
    ProtocolData p = d.protocolData();
    long max = node.localPointCode().format().maxValue();
    if (p.opc() > max || p.dpc() > max || p.si() > 15 || p.ni() > 3 || p.mp() > 3) {
      from.unexpected(
          ErrorCode.INVALID_PARAMETER_VALUE, "protocol data out of range", d.routingContexts());
      return;
    }
    MtpTransfer t = toTransfer(p);
    if (t.dpc().equals(node.localPointCode())) {
      deliver(t, from);
    } else if (route(t, from)) {
      node.count(Counter.FORWARDED);
    } else {
      // §4.5.1 (Q.704 §13.2.2 b, TFP in response): tell the sender the destination is unavailable
      // through this node.
      if (from.adjacentStp()) {
        from.toldProhibited.add(t.dpc());
      }
      from.send(
          new DestinationUnavailable(
              from.networkAppearance(),
              d.routingContexts(),
              List.of(AffectedPointCode.of(t.dpc().value())),
              null,
              List.of()));
    }
  }

  private MtpTransfer toTransfer(ProtocolData p) {
    return new MtpTransfer(
        node.pointCode((int) p.opc()),
        node.pointCode((int) p.dpc()),
        new ServiceIndicator(p.si()),
        NetworkIndicator.fromCode(p.ni()),
        p.mp(),
        p.sls(),
        p.userData());
  }

  void deliver(MtpTransfer t, Session from) {
    MtpUser user = node.users().get(t.serviceIndicator());
    if (user == null) {
      node.count(Counter.DISCARDED_NO_USER);
      if (from != null) {
        // Q.704 §2.4.2 / RFC 4666 §4.5.2: user part unavailable, unequipped remote user.
        from.send(
            new DestinationUserPartUnavailable(
                from.networkAppearance(),
                List.of(),
                List.of(AffectedPointCode.of(node.localPointCode().value())),
                new UserCause(1, t.serviceIndicator().code()),
                null,
                List.of()));
      }
      return;
    }
    node.count(Counter.DELIVERED);
    user.onTransfer(t);
  }
}
