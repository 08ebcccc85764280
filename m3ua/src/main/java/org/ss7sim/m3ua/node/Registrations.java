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

/**
 * Dynamic routing key registration at the SGP (RFC 4666 §4.4.2, §4.4.3): a routing key for one DPC
 * creates (or finds) an AS routed to by that DPC and returns its routing context.
 */
final class Registrations {
  private Registrations() {}

  static RegistrationResponse register(M3uaNode node, RemoteAsp from, RegistrationRequest request) {
    List<RegistrationResult> results = new ArrayList<>();
    for (RoutingKey k : request.routingKeys()) {
      results.add(one(node, from, k));
    }
    return new RegistrationResponse(results, List.of());
  }

  private static RegistrationResult one(M3uaNode node, RemoteAsp from, RoutingKey k) {
    long id = k.localRkIdentifier();
    if (!node.config.dynamicRegistration) {
      node.count(Counter.REFUSED_REGISTRATIONS);
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
    ApplicationServer<RemoteAsp, Held> as =
        node.ases().registerDynamic(node.pointCode(dpc), mode, from);
    if (as == null) {
      // The key is registered by another peer: its AS admits only that one.
      node.count(Counter.REFUSED_REGISTRATIONS);
      return new RegistrationResult(id, RegistrationResult.PERMISSION_DENIED, 0);
    }
    if (!as.trafficMode().equals(mode)) {
      return new RegistrationResult(id, RegistrationResult.ROUTING_KEY_CHANGE_REFUSED, 0);
    }
    return new RegistrationResult(
        id, RegistrationResult.SUCCESSFULLY_REGISTERED, as.routingContext());
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
