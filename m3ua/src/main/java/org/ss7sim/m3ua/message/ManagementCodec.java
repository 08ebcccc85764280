package org.ss7sim.m3ua.message;

import static org.ss7sim.m3ua.message.ParameterTag.AFFECTED_POINT_CODE;
import static org.ss7sim.m3ua.message.ParameterTag.ASP_IDENTIFIER;
import static org.ss7sim.m3ua.message.ParameterTag.CORRELATION_ID;
import static org.ss7sim.m3ua.message.ParameterTag.DIAGNOSTIC_INFORMATION;
import static org.ss7sim.m3ua.message.ParameterTag.ERROR_CODE;
import static org.ss7sim.m3ua.message.ParameterTag.NETWORK_APPEARANCE;
import static org.ss7sim.m3ua.message.ParameterTag.PROTOCOL_DATA;
import static org.ss7sim.m3ua.message.ParameterTag.ROUTING_CONTEXT;
import static org.ss7sim.m3ua.message.ParameterTag.STATUS;

import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/** ERR and NTFY (RFC 4666 §3.8) and DATA (§3.3.1). */
final class ManagementCodec {
  private ManagementCodec() {}

  static M3uaMessage decode(M3uaMessageType type, ParameterList p)
      throws MalformedMessageException {
    return switch (type) {
      case ERR -> {
        ErrorCode code = new ErrorCode(p.requiredU32(ERROR_CODE, "Error Code"));
        List<Long> rc = p.routingContexts();
        Long na = p.optionalU32(NETWORK_APPEARANCE, "Network Appearance");
        Octets apc = p.take(AFFECTED_POINT_CODE);
        List<AffectedPointCode> apcs =
            apc == null ? List.of() : p.pointCodes(apc, "Affected Point Code");
        yield new ErrorMessage(code, rc, na, apcs, p.take(DIAGNOSTIC_INFORMATION), p.rest());
      }
      case NTFY -> {
        long s = p.requiredU32(STATUS, "Status");
        Long asp = p.optionalU32(ASP_IDENTIFIER, "ASP Identifier");
        List<Long> rc = p.routingContexts();
        yield new Notify(
            new Status((int) (s >>> 16), (int) (s & 0xffff)), asp, rc, p.infoString(), p.rest());
      }
      case DATA -> {
        Long na = p.optionalU32(NETWORK_APPEARANCE, "Network Appearance");
        List<Long> rc = p.routingContexts();
        Octets pd = p.required(PROTOCOL_DATA, "Protocol Data");
        if (pd.length() < 12) {
          throw ErrorCode.PARAMETER_FIELD_ERROR.malformed(
              "Protocol Data shorter than 12 octets: " + pd.length(), p.lastOffset() + 2);
        }
        ProtocolData data =
            new ProtocolData(
                ParameterList.word(pd, 0),
                ParameterList.word(pd, 4),
                pd.get(8),
                pd.get(9),
                pd.get(10),
                pd.get(11),
                pd.slice(12));
        Long corr = p.optionalU32(CORRELATION_ID, "Correlation Id");
        yield new Data(na, rc, data, corr, p.rest());
      }
      default -> throw new IllegalStateException("not a MGMT/Transfer type: " + type);
    };
  }

  static void encode(M3uaMessage message, WireWriter out) {
    if (message instanceof ErrorMessage m) {
      ParameterWriter.u32(out, ERROR_CODE, m.errorCode().code());
      ParameterWriter.u32List(out, ROUTING_CONTEXT, m.routingContexts());
      ParameterWriter.u32(out, NETWORK_APPEARANCE, m.networkAppearance());
      ParameterWriter.pointCodes(out, AFFECTED_POINT_CODE, m.affectedPointCodes());
      ParameterWriter.octets(out, DIAGNOSTIC_INFORMATION, m.diagnosticInformation());
    } else if (message instanceof Notify m) {
      ParameterWriter.u32(out, STATUS, ((long) m.status().type() << 16) | m.status().info());
      ParameterWriter.u32(out, ASP_IDENTIFIER, m.aspIdentifier());
      ParameterWriter.u32List(out, ROUTING_CONTEXT, m.routingContexts());
      ParameterWriter.info(out, m.infoString());
    } else if (message instanceof Data m) {
      ParameterWriter.u32(out, NETWORK_APPEARANCE, m.networkAppearance());
      ParameterWriter.u32List(out, ROUTING_CONTEXT, m.routingContexts());
      ProtocolData d = m.protocolData();
      int len = 12 + d.userData().length();
      out.writeU16(PROTOCOL_DATA).writeU16(4 + len);
      out.writeU32(d.opc()).writeU32(d.dpc());
      out.writeU8(d.si()).writeU8(d.ni()).writeU8(d.mp()).writeU8(d.sls());
      out.writeOctets(d.userData());
      out.writeZeros(org.ss7sim.wire.Tlv.padding(len, 4));
      ParameterWriter.u32(out, CORRELATION_ID, m.correlationId());
    } else {
      throw new IllegalStateException("not a MGMT/Transfer message: " + message.type());
    }
  }
}
