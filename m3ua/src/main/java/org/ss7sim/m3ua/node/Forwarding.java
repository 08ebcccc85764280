package org.ss7sim.m3ua.node;

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

/**
 * Message routing of one node (Q.704 §2.3–§2.4, RFC 4666 §4.1–§4.2): MTP-TRANSFER requests and
 * received DATA go to the local user part when addressed to this point code, otherwise along the
 * best available route (the STP function) as DATA with the route's routing context; an AS route
 * chooses its ASPs by traffic mode and holds messages while the AS is pending.
 */
final class Forwarding {
  private final M3uaNode node;

  Forwarding(M3uaNode node) {
    this.node = node;
  }

  void transfer(MtpTransfer request) {
    if (request.dpc().equals(node.localPointCode())) {
      deliver(request, null);
    } else {
      route(request);
    }
  }

  boolean route(MtpTransfer t) {
    String via = node.routes().select(t.dpc(), t.sls(), this::unrestricted);
    if (via == null) {
      via = node.routes().select(t.dpc(), t.sls(), this::available);
    }
    if (via == null) {
      node.count(Counter.DISCARDED_NO_ROUTE);
      return false;
    }
    LocalAsp link = node.linkOrNull(via);
    if (link != null) {
      return link.sendData(toData(t, link.routingContexts()));
    }
    ApplicationServer<RemoteAsp, Data> as = node.ases().named(via);
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

  /** The route {@link #route} would take for {@code dpc} and {@code sls} now, or null. */
  String choose(PointCode dpc, int sls) {
    String via = node.routes().select(dpc, sls, this::unrestricted);
    return via != null ? via : node.routes().select(dpc, sls, this::available);
  }

  /** Available and not reported restricted (DRST): preferred over a restricted route. */
  private boolean unrestricted(String via, PointCode dpc) {
    LocalAsp link = node.linkOrNull(via);
    return link != null ? link.carries(dpc) && !link.restricts(dpc) : available(via, dpc);
  }

  boolean available(String via, PointCode dpc) {
    LocalAsp link = node.linkOrNull(via);
    if (link != null) {
      return link.carries(dpc);
    }
    ApplicationServer<RemoteAsp, Data> as = node.ases().named(via);
    return as != null && (as.state() == AsState.AS_ACTIVE || as.state() == AsState.AS_PENDING);
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
    MtpTransfer t =
        new MtpTransfer(
            node.pointCode((int) p.opc()),
            node.pointCode((int) p.dpc()),
            new ServiceIndicator(p.si()),
            NetworkIndicator.fromCode(p.ni()),
            p.mp(),
            p.sls(),
            p.userData());
    if (t.dpc().equals(node.localPointCode())) {
      deliver(t, from);
    } else if (route(t)) {
      node.count(Counter.FORWARDED);
    } else {
      // §4.5.1: tell the sender the destination is unavailable.
      from.send(
          new DestinationUnavailable(
              from.networkAppearance(),
              d.routingContexts(),
              List.of(AffectedPointCode.of(t.dpc().value())),
              null,
              List.of()));
    }
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
