package org.ss7sim.m3ua.message;

import static org.ss7sim.m3ua.message.ParameterTag.AFFECTED_POINT_CODE;
import static org.ss7sim.m3ua.message.ParameterTag.CONCERNED_DESTINATION;
import static org.ss7sim.m3ua.message.ParameterTag.CONGESTION_INDICATIONS;
import static org.ss7sim.m3ua.message.ParameterTag.NETWORK_APPEARANCE;
import static org.ss7sim.m3ua.message.ParameterTag.ROUTING_CONTEXT;
import static org.ss7sim.m3ua.message.ParameterTag.USER_CAUSE;

import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.WireWriter;

/** SS7 Signalling Network Management messages (RFC 4666 §3.4). */
final class SsnmCodec {
  private SsnmCodec() {}

  static M3uaMessage decode(M3uaMessageType type, ParameterList p)
      throws MalformedMessageException {
    Long na = p.optionalU32(NETWORK_APPEARANCE, "Network Appearance");
    List<Long> rc = p.routingContexts();
    List<AffectedPointCode> apc =
        p.pointCodes(p.required(AFFECTED_POINT_CODE, "Affected Point Code"), "Affected Point Code");
    return switch (type) {
      case DUNA -> new DestinationUnavailable(na, rc, apc, p.infoString(), p.rest());
      case DAVA -> new DestinationAvailable(na, rc, apc, p.infoString(), p.rest());
      case DAUD -> new DestinationStateAudit(na, rc, apc, p.infoString(), p.rest());
      case DRST -> new DestinationRestricted(na, rc, apc, p.infoString(), p.rest());
      case SCON -> {
        Long concerned = p.optionalU32(CONCERNED_DESTINATION, "Concerned Destination");
        Long congestion = p.optionalU32(CONGESTION_INDICATIONS, "Congestion Indications");
        yield new SignallingCongestion(
            na,
            rc,
            apc,
            concerned == null ? null : (int) (concerned & 0xffffff),
            congestion == null ? null : (int) (congestion & 0xff),
            p.infoString(),
            p.rest());
      }
      case DUPU -> {
        long uc = p.requiredU32(USER_CAUSE, "User/Cause");
        yield new DestinationUserPartUnavailable(
            na,
            rc,
            apc,
            new UserCause((int) (uc >>> 16), (int) (uc & 0xffff)),
            p.infoString(),
            p.rest());
      }
      default -> throw new IllegalStateException("not an SSNM type: " + type);
    };
  }

  private static void common(WireWriter out, Long na, List<Long> rc, List<AffectedPointCode> apc) {
    ParameterWriter.u32(out, NETWORK_APPEARANCE, na);
    ParameterWriter.u32List(out, ROUTING_CONTEXT, rc);
    ParameterWriter.pointCodes(out, AFFECTED_POINT_CODE, apc);
  }

  static void encode(M3uaMessage message, WireWriter out) {
    String info;
    if (message instanceof DestinationUnavailable m) {
      common(out, m.networkAppearance(), m.routingContexts(), m.affectedPointCodes());
      info = m.infoString();
    } else if (message instanceof DestinationAvailable m) {
      common(out, m.networkAppearance(), m.routingContexts(), m.affectedPointCodes());
      info = m.infoString();
    } else if (message instanceof DestinationStateAudit m) {
      common(out, m.networkAppearance(), m.routingContexts(), m.affectedPointCodes());
      info = m.infoString();
    } else if (message instanceof DestinationRestricted m) {
      common(out, m.networkAppearance(), m.routingContexts(), m.affectedPointCodes());
      info = m.infoString();
    } else if (message instanceof SignallingCongestion m) {
      common(out, m.networkAppearance(), m.routingContexts(), m.affectedPointCodes());
      ParameterWriter.u32(
          out,
          CONCERNED_DESTINATION,
          m.concernedDestination() == null ? null : (long) m.concernedDestination());
      ParameterWriter.u32(
          out,
          CONGESTION_INDICATIONS,
          m.congestionLevel() == null ? null : (long) m.congestionLevel());
      info = m.infoString();
    } else if (message instanceof DestinationUserPartUnavailable m) {
      common(out, m.networkAppearance(), m.routingContexts(), m.affectedPointCodes());
      ParameterWriter.u32(
          out, USER_CAUSE, ((long) m.userCause().cause() << 16) | m.userCause().user());
      info = m.infoString();
    } else {
      throw new IllegalStateException("not an SSNM message: " + message.type());
    }
    ParameterWriter.info(out, info);
  }
}
