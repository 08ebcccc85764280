package org.ss7sim.m3ua.node;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.m3ua.asp.ApplicationServer;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.message.DeregistrationRequest;
import org.ss7sim.m3ua.message.DeregistrationResponse;
import org.ss7sim.m3ua.message.DeregistrationResult;
import org.ss7sim.m3ua.message.RegistrationRequest;
import org.ss7sim.m3ua.message.RegistrationResponse;
import org.ss7sim.m3ua.message.RegistrationResult;
import org.ss7sim.m3ua.message.RoutingKey;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.routing.Route;

/**
 * Dynamic routing key registration at the SGP (RFC 4666 §4.4.2, §4.4.3): a routing key for one DPC
 * creates (or finds) an AS routed to by that DPC and returns its routing context.
 *
 * <p>A key is refused with "Permission Denied" when registration is off, when another peer
 * registered it, when the DPC is this node's own, or when the DPC is already routed to by
 * configuration over a link or AS that does not admit the peer: a peer may not take a share of
 * traffic meant for others by registering their destination (issue 13). Every key refused, with any
 * status, is counted ({@link Counter#REFUSED_REGISTRATIONS}) and reported to the {@link
 * RefusalListener} with the link it came on, the peer's address and the status sent.
 */
final class Registrations {
  private Registrations() {}

  static RegistrationResponse register(M3uaNode node, RemoteAsp from, RegistrationRequest request) {
    List<RegistrationResult> results = new ArrayList<>();
    for (RoutingKey k : request.routingKeys()) {
      RegistrationResult r = one(node, from, k);
      if (r.status() != RegistrationResult.SUCCESSFULLY_REGISTERED) {
        node.refused(
            Counter.REFUSED_REGISTRATIONS,
            from.link(),
            from.association,
            "routing key "
                + k.localRkIdentifier()
                + dpcText(node, k)
                + ": "
                + statusText(r.status()));
      }
      results.add(r);
    }
    return new RegistrationResponse(results, List.of());
  }

  private static RegistrationResult one(M3uaNode node, RemoteAsp from, RoutingKey k) {
    long id = k.localRkIdentifier();
    if (!node.config.dynamicRegistration) {
      return new RegistrationResult(id, RegistrationResult.PERMISSION_DENIED, 0);
    }
    if (k.destinationPointCodes().size() != 1 || k.destinationPointCodes().get(0).mask() != 0) {
      return new RegistrationResult(id, RegistrationResult.CANNOT_SUPPORT_UNIQUE_ROUTING, 0);
    }
    TrafficModeType mode =
        k.trafficModeType() == null ? TrafficModeType.LOADSHARE : k.trafficModeType();
    if (!mode.isKnown()) {
      return new RegistrationResult(id, RegistrationResult.UNSUPPORTED_TRAFFIC_HANDLING_MODE, 0);
    }
    int dpc = k.destinationPointCodes().get(0).pointCode();
    if (dpc > node.localPointCode().format().maxValue()) {
      return new RegistrationResult(id, RegistrationResult.INVALID_DPC, 0);
    }
    PointCode pc = node.pointCode(dpc);
    if (pc.equals(node.localPointCode()) || routedToOthers(node, from, pc)) {
      // This node's own point code, or a destination configured over others' links or ASes.
      return new RegistrationResult(id, RegistrationResult.PERMISSION_DENIED, 0);
    }
    ApplicationServer<RemoteAsp, Held> as = node.ases().registerDynamic(pc, mode, from);
    if (as == null) {
      // The key is registered by another peer: its AS admits only that one.
      return new RegistrationResult(id, RegistrationResult.PERMISSION_DENIED, 0);
    }
    if (!as.trafficMode().equals(mode)) {
      return new RegistrationResult(id, RegistrationResult.ROUTING_KEY_CHANGE_REFUSED, 0);
    }
    return new RegistrationResult(
        id, RegistrationResult.SUCCESSFULLY_REGISTERED, as.routingContext());
  }

  /**
   * Whether {@code dpc} is routed to by configuration over a link or an AS other than the dynamic
   * ones, and not over an AS that admits {@code from}.
   */
  private static boolean routedToOthers(M3uaNode node, RemoteAsp from, PointCode dpc) {
    for (Route r : node.exactRoutes(dpc)) {
      ApplicationServer<RemoteAsp, Held> as = node.ases().named(r.via());
      if (as == null) {
        return true; // a client link: a peer this node connects to
      }
      if (!ApplicationServers.isDynamic(as) && !node.ases().admits(as, from)) {
        return true;
      }
    }
    return false;
  }

  private static String dpcText(M3uaNode node, RoutingKey k) {
    if (k.destinationPointCodes().size() != 1) {
      return " (" + k.destinationPointCodes().size() + " DPCs)";
    }
    int dpc = k.destinationPointCodes().get(0).pointCode();
    return " for DPC "
        + (dpc > node.localPointCode().format().maxValue() ? dpc : node.pointCode(dpc));
  }

  /** A registration status as the operator reads it: {@code Permission Denied (5)} (§3.6.2). */
  static String statusText(long status) {
    String name =
        switch ((int) status) {
          case 0 -> "Successfully Registered";
          case 1 -> "Error - Unknown";
          case 2 -> "Error - Invalid DPC";
          case 3 -> "Error - Invalid Network Appearance";
          case 4 -> "Error - Invalid Routing Key";
          case 5 -> "Error - Permission Denied";
          case 6 -> "Error - Cannot Support Unique Routing";
          case 7 -> "Error - Routing Key not Currently Provisioned";
          case 8 -> "Error - Insufficient Resources";
          case 9 -> "Error - Unsupported RK parameter Field";
          case 10 -> "Error - Unsupported/Invalid Traffic Handling Mode";
          case 11 -> "Error - Routing Key Change Refused";
          case 12 -> "Error - Routing Key Already Registered";
          default -> "status";
        };
    return name + " (" + status + ")";
  }

  static DeregistrationResponse deregister(
      M3uaNode node, RemoteAsp from, DeregistrationRequest request) {
    List<DeregistrationResult> results = new ArrayList<>();
    for (long rc : request.routingContexts()) {
      ApplicationServer<RemoteAsp, Held> as = node.ases().byRoutingContext(rc);
      long status;
      if (as == null) {
        status = DeregistrationResult.INVALID_ROUTING_CONTEXT;
      } else if (!node.ases().admits(as, from)) {
        status = DeregistrationResult.PERMISSION_DENIED;
      } else if (as.aspState(from) == AspState.ASP_ACTIVE) {
        status = DeregistrationResult.ASP_CURRENTLY_ACTIVE;
      } else if (!node.ases().removeDynamic(as)) {
        status = DeregistrationResult.PERMISSION_DENIED;
      } else {
        status = DeregistrationResult.SUCCESSFULLY_DEREGISTERED;
      }
      results.add(new DeregistrationResult(rc, status));
    }
    return new DeregistrationResponse(results, List.of());
  }
}
