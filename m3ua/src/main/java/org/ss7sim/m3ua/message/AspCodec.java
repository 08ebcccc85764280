package org.ss7sim.m3ua.message;

import static org.ss7sim.m3ua.message.ParameterTag.ASP_IDENTIFIER;
import static org.ss7sim.m3ua.message.ParameterTag.HEARTBEAT_DATA;
import static org.ss7sim.m3ua.message.ParameterTag.ROUTING_CONTEXT;
import static org.ss7sim.m3ua.message.ParameterTag.TRAFFIC_MODE_TYPE;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.WireWriter;

/** ASP State Maintenance (RFC 4666 §3.5) and ASP Traffic Maintenance (§3.7) messages. */
final class AspCodec {
  private AspCodec() {}

  static M3uaMessage decode(M3uaMessageType type, ParameterList p)
      throws MalformedMessageException {
    return switch (type) {
      case ASPUP -> {
        Long id = p.optionalU32(ASP_IDENTIFIER, "ASP Identifier");
        yield new AspUp(id, p.infoString(), p.rest());
      }
      case ASPUP_ACK -> {
        Long id = p.optionalU32(ASP_IDENTIFIER, "ASP Identifier");
        yield new AspUpAck(id, p.infoString(), p.rest());
      }
      case ASPDN -> new AspDown(p.infoString(), p.rest());
      case ASPDN_ACK -> new AspDownAck(p.infoString(), p.rest());
      case BEAT -> new Heartbeat(p.take(HEARTBEAT_DATA), p.rest());
      case BEAT_ACK -> new HeartbeatAck(p.take(HEARTBEAT_DATA), p.rest());
      case ASPAC -> {
        TrafficModeType tmt = trafficMode(p);
        yield new AspActive(tmt, p.routingContexts(), p.infoString(), p.rest());
      }
      case ASPAC_ACK -> {
        TrafficModeType tmt = trafficMode(p);
        yield new AspActiveAck(tmt, p.routingContexts(), p.infoString(), p.rest());
      }
      case ASPIA -> new AspInactive(p.routingContexts(), p.infoString(), p.rest());
      case ASPIA_ACK -> new AspInactiveAck(p.routingContexts(), p.infoString(), p.rest());
      default -> throw new IllegalStateException("not an ASPSM/ASPTM type: " + type);
    };
  }

  private static TrafficModeType trafficMode(ParameterList p) throws MalformedMessageException {
    Long v = p.optionalU32(TRAFFIC_MODE_TYPE, "Traffic Mode Type");
    return v == null ? null : new TrafficModeType(v);
  }

  static void encode(M3uaMessage message, WireWriter out) {
    if (message instanceof AspUp m) {
      ParameterWriter.u32(out, ASP_IDENTIFIER, m.aspIdentifier());
      ParameterWriter.info(out, m.infoString());
    } else if (message instanceof AspUpAck m) {
      ParameterWriter.u32(out, ASP_IDENTIFIER, m.aspIdentifier());
      ParameterWriter.info(out, m.infoString());
    } else if (message instanceof AspDown m) {
      ParameterWriter.info(out, m.infoString());
    } else if (message instanceof AspDownAck m) {
      ParameterWriter.info(out, m.infoString());
    } else if (message instanceof Heartbeat m) {
      ParameterWriter.octets(out, HEARTBEAT_DATA, m.heartbeatData());
    } else if (message instanceof HeartbeatAck m) {
      ParameterWriter.octets(out, HEARTBEAT_DATA, m.heartbeatData());
    } else if (message instanceof AspActive m) {
      ParameterWriter.u32(
          out, TRAFFIC_MODE_TYPE, m.trafficModeType() == null ? null : m.trafficModeType().code());
      ParameterWriter.u32List(out, ROUTING_CONTEXT, m.routingContexts());
      ParameterWriter.info(out, m.infoString());
    } else if (message instanceof AspActiveAck m) {
      ParameterWriter.u32(
          out, TRAFFIC_MODE_TYPE, m.trafficModeType() == null ? null : m.trafficModeType().code());
      ParameterWriter.u32List(out, ROUTING_CONTEXT, m.routingContexts());
      ParameterWriter.info(out, m.infoString());
    } else if (message instanceof AspInactive m) {
      ParameterWriter.u32List(out, ROUTING_CONTEXT, m.routingContexts());
      ParameterWriter.info(out, m.infoString());
    } else if (message instanceof AspInactiveAck m) {
      ParameterWriter.u32List(out, ROUTING_CONTEXT, m.routingContexts());
      ParameterWriter.info(out, m.infoString());
    } else {
      throw new IllegalStateException("not an ASPSM/ASPTM message: " + message.type());
    }
  }
}
