package org.ss7sim.m3ua.message;

import static org.ss7sim.m3ua.message.ParameterTag.DEREGISTRATION_RESULT;
import static org.ss7sim.m3ua.message.ParameterTag.DEREGISTRATION_STATUS;
import static org.ss7sim.m3ua.message.ParameterTag.DESTINATION_POINT_CODE;
import static org.ss7sim.m3ua.message.ParameterTag.LOCAL_ROUTING_KEY_IDENTIFIER;
import static org.ss7sim.m3ua.message.ParameterTag.NETWORK_APPEARANCE;
import static org.ss7sim.m3ua.message.ParameterTag.ORIGINATING_POINT_CODE_LIST;
import static org.ss7sim.m3ua.message.ParameterTag.REGISTRATION_RESULT;
import static org.ss7sim.m3ua.message.ParameterTag.REGISTRATION_STATUS;
import static org.ss7sim.m3ua.message.ParameterTag.ROUTING_CONTEXT;
import static org.ss7sim.m3ua.message.ParameterTag.ROUTING_KEY;
import static org.ss7sim.m3ua.message.ParameterTag.SERVICE_INDICATORS;
import static org.ss7sim.m3ua.message.ParameterTag.TRAFFIC_MODE_TYPE;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.Tlv;
import org.ss7sim.wire.WireWriter;

/**
 * Routing Key Management messages (RFC 4666 §3.6). Routing keys and results are parameters that
 * nest parameters; offsets of errors inside them are reported relative to the nesting parameter's
 * value.
 */
final class RkmCodec {
  private RkmCodec() {}

  static M3uaMessage decode(M3uaMessageType type, ParameterList p)
      throws MalformedMessageException {
    return switch (type) {
      case REG_REQ -> {
        List<RoutingKey> keys = new ArrayList<>();
        Octets v;
        while ((v = p.take(ROUTING_KEY)) != null) {
          keys.add(routingKey(ParameterList.read(v.reader())));
        }
        if (keys.isEmpty()) {
          p.required(ROUTING_KEY, "Routing Key");
        }
        yield new RegistrationRequest(keys, p.rest());
      }
      case REG_RSP -> {
        List<RegistrationResult> results = new ArrayList<>();
        Octets v;
        while ((v = p.take(REGISTRATION_RESULT)) != null) {
          ParameterList r = ParameterList.read(v.reader());
          results.add(
              new RegistrationResult(
                  r.requiredU32(LOCAL_ROUTING_KEY_IDENTIFIER, "Local-RK-Identifier"),
                  r.requiredU32(REGISTRATION_STATUS, "Registration Status"),
                  r.requiredU32(ROUTING_CONTEXT, "Routing Context")));
        }
        if (results.isEmpty()) {
          p.required(REGISTRATION_RESULT, "Registration Result");
        }
        yield new RegistrationResponse(results, p.rest());
      }
      case DEREG_REQ -> {
        List<Long> rc = p.routingContexts();
        if (rc.isEmpty()) {
          p.required(ROUTING_CONTEXT, "Routing Context");
        }
        yield new DeregistrationRequest(rc, p.rest());
      }
      case DEREG_RSP -> {
        List<DeregistrationResult> results = new ArrayList<>();
        Octets v;
        while ((v = p.take(DEREGISTRATION_RESULT)) != null) {
          ParameterList r = ParameterList.read(v.reader());
          results.add(
              new DeregistrationResult(
                  r.requiredU32(ROUTING_CONTEXT, "Routing Context"),
                  r.requiredU32(DEREGISTRATION_STATUS, "Deregistration Status")));
        }
        if (results.isEmpty()) {
          p.required(DEREGISTRATION_RESULT, "Deregistration Result");
        }
        yield new DeregistrationResponse(results, p.rest());
      }
      default -> throw new IllegalStateException("not an RKM type: " + type);
    };
  }

  private static RoutingKey routingKey(ParameterList k) throws MalformedMessageException {
    long id = k.requiredU32(LOCAL_ROUTING_KEY_IDENTIFIER, "Local-RK-Identifier");
    Long rc = k.optionalU32(ROUTING_CONTEXT, "Routing Context");
    Long tmt = k.optionalU32(TRAFFIC_MODE_TYPE, "Traffic Mode Type");
    List<AffectedPointCode> dpcs = new ArrayList<>();
    Octets v;
    while ((v = k.take(DESTINATION_POINT_CODE)) != null) {
      dpcs.addAll(k.pointCodes(v, "Destination Point Code"));
    }
    if (dpcs.isEmpty()) {
      k.required(DESTINATION_POINT_CODE, "Destination Point Code");
    }
    Long na = k.optionalU32(NETWORK_APPEARANCE, "Network Appearance");
    List<Integer> sis = new ArrayList<>();
    while ((v = k.take(SERVICE_INDICATORS)) != null) {
      for (int i = 0; i < v.length(); i++) {
        sis.add(v.get(i));
      }
    }
    List<AffectedPointCode> opcs = new ArrayList<>();
    while ((v = k.take(ORIGINATING_POINT_CODE_LIST)) != null) {
      opcs.addAll(k.pointCodes(v, "Originating Point Code List"));
    }
    return new RoutingKey(
        id, rc, tmt == null ? null : new TrafficModeType(tmt), na, dpcs, sis, opcs, k.rest());
  }

  static void encode(M3uaMessage message, WireWriter out) {
    if (message instanceof RegistrationRequest m) {
      for (RoutingKey k : m.routingKeys()) {
        nested(out, ROUTING_KEY, routingKey(k));
      }
    } else if (message instanceof RegistrationResponse m) {
      for (RegistrationResult r : m.results()) {
        WireWriter w = new WireWriter(36);
        ParameterWriter.u32(w, LOCAL_ROUTING_KEY_IDENTIFIER, r.localRkIdentifier());
        ParameterWriter.u32(w, REGISTRATION_STATUS, r.status());
        ParameterWriter.u32(w, ROUTING_CONTEXT, r.routingContext());
        nested(out, REGISTRATION_RESULT, w.toOctets());
      }
    } else if (message instanceof DeregistrationRequest m) {
      ParameterWriter.u32List(out, ROUTING_CONTEXT, m.routingContexts());
    } else if (message instanceof DeregistrationResponse m) {
      for (DeregistrationResult r : m.results()) {
        WireWriter w = new WireWriter(24);
        ParameterWriter.u32(w, ROUTING_CONTEXT, r.routingContext());
        ParameterWriter.u32(w, DEREGISTRATION_STATUS, r.status());
        nested(out, DEREGISTRATION_RESULT, w.toOctets());
      }
    } else {
      throw new IllegalStateException("not an RKM message: " + message.type());
    }
  }

  private static Octets routingKey(RoutingKey k) {
    WireWriter w = new WireWriter(64);
    ParameterWriter.u32(w, LOCAL_ROUTING_KEY_IDENTIFIER, k.localRkIdentifier());
    ParameterWriter.u32(w, ROUTING_CONTEXT, k.routingContext());
    ParameterWriter.u32(
        w, TRAFFIC_MODE_TYPE, k.trafficModeType() == null ? null : k.trafficModeType().code());
    ParameterWriter.pointCodes(w, DESTINATION_POINT_CODE, k.destinationPointCodes());
    ParameterWriter.u32(w, NETWORK_APPEARANCE, k.networkAppearance());
    if (!k.serviceIndicators().isEmpty()) {
      byte[] sis = new byte[k.serviceIndicators().size()];
      for (int i = 0; i < sis.length; i++) {
        sis[i] = (byte) (int) k.serviceIndicators().get(i);
      }
      Tlv.writeTag16Len16(w, SERVICE_INDICATORS, Octets.wrap(sis));
    }
    ParameterWriter.pointCodes(w, ORIGINATING_POINT_CODE_LIST, k.originatingPointCodes());
    ParameterWriter.unknown(w, k.unknown());
    return w.toOctets();
  }

  private static void nested(WireWriter out, int tag, Octets value) {
    Tlv.writeTag16Len16(out, tag, value);
  }
}
