package org.ss7sim.simulator.decode;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.message.IsupMessageCodec;
import org.ss7sim.isup.message.Release;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.CauseIndicators;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.ProtocolData;
import org.ss7sim.mtp.PointCodeFormat;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.mtp.routing.RoutingLabel;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.message.SccpMessage;
import org.ss7sim.sccp.message.SccpMessageCodec;
import org.ss7sim.sccp.message.Segmentation;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.PduCodec;
import org.ss7sim.smpp.pdu.ShortMessagePdu;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.tcap.message.Abort;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.Continue;
import org.ss7sim.tcap.message.End;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * Decodes one payload layer by layer — M3UA, MTP3 routing label, SCCP, TCAP, ISUP, SMPP — adding
 * one JSON key per layer (DESIGN.md §4) and a text summary. A layer that cannot be decoded adds
 * {@code error} naming the layer, reason and offset, and decoding stops there.
 */
public final class StackDecoder {
  /** SCTP payload protocol identifier of M3UA (RFC 4666 §1.4.8). */
  static final long PPID_M3UA = 3;

  private final ObjectNode root;
  private final CaptureState state;
  private final StringBuilder text = new StringBuilder();

  private StackDecoder(ObjectNode root, CaptureState state) {
    this.root = root;
    this.state = state;
  }

  /**
   * What one capture's messages share while it is decoded: SCCP segments waiting for the rest
   * (Q.714 §4.1.1.2) and the application of each TCAP transaction seen.
   */
  static final class CaptureState {
    final XudtReassembly segments = new XudtReassembly();
    final TcapUser.Dialogues dialogues = new TcapUser.Dialogues();
  }

  /** Decodes an M3UA message into {@code root}; returns the text summary. */
  static String m3ua(Octets payload, ObjectNode root, CaptureState state) {
    StackDecoder d = new StackDecoder(root, state);
    d.decodeM3ua(payload);
    return d.text.toString();
  }

  /** SCTP payload protocol identifier of M2PA (RFC 4165 §7). */
  static final long PPID_M2PA = 5;

  /** Decodes an M2PA message into {@code root}; returns the text summary. */
  static String m2pa(Octets payload, ObjectNode root, CaptureState state) {
    StackDecoder d = new StackDecoder(root, state);
    d.decodeM2pa(payload);
    return d.text.toString();
  }

  /** Decodes an SMPP PDU into {@code root}; returns the text summary. */
  static String smpp(Octets payload, ObjectNode root) {
    StackDecoder d = new StackDecoder(root, new CaptureState());
    d.decodeSmpp(payload);
    return d.text.toString();
  }

  /**
   * The short text a ladder shows for an M3UA message, without building the JSON: {@code IAM
   * cic=5}, {@code TC-BEGIN sendRoutingInfoForSm}, {@code TC-END error absentSubscriberSm}, {@code
   * TC-BEGIN initialDP}, {@code ASPUP}. The application of a TCAP message is decided as {@link
   * TcapUser} says, without a transaction memory (context name, then SSN, then MAP).
   */
  public static String label(Octets m3ua) {
    return LadderLabel.of(m3ua);
  }

  /**
   * What {@link #label} says of an M3UA message and the layers it decoded to say it, for a caller
   * that needs them too (the flow lookup of a traced message): decoded once.
   *
   * @param data the M3UA DATA's protocol data (null for management and malformed M3UA)
   * @param sccp the SCCP message it carries (null when none or malformed)
   * @param tcap the TCAP message in it (null when none or malformed)
   */
  public record Layers(
      String label,
      org.ss7sim.m3ua.message.ProtocolData data,
      org.ss7sim.sccp.message.SccpMessage sccp,
      org.ss7sim.tcap.message.TcMessage tcap) {}

  /** {@link #label} and the layers decoded for it ({@link Layers}). */
  public static Layers layers(Octets m3ua) {
    return LadderLabel.read(m3ua);
  }

  /** Whether {@code payload} starts like an M3UA message: version 1 and a matching length. */
  static boolean looksLikeM3ua(Octets payload) {
    return payload.length() >= 8
        && payload.get(0) == 1
        && payload.get(1) == 0
        && lengthAt(payload, 4) == payload.length();
  }

  /** Whether {@code payload} is one SMPP PDU: command_length equals the payload length. */
  static boolean looksLikeSmpp(Octets payload) {
    return payload.length() >= 16 && lengthAt(payload, 0) == payload.length();
  }

  private static long lengthAt(Octets p, int at) {
    return ((long) p.get(at) << 24) | (p.get(at + 1) << 16) | (p.get(at + 2) << 8) | p.get(at + 3);
  }

  private void decodeM3ua(Octets payload) {
    M3uaMessage m;
    try {
      m = M3uaCodec.decode(payload);
    } catch (MalformedMessageException e) {
      error("m3ua", e);
      return;
    }
    ObjectNode o = root.putObject("m3ua");
    o.put("class", m.type().messageClass().name());
    o.put("type", m.type().name());
    text.append("M3UA ").append(m.type().name());
    if (m instanceof Data data) {
      if (!data.routingContexts().isEmpty()) {
        o.put("rc", data.routingContexts().get(0));
        text.append(" rc=").append(data.routingContexts().get(0));
      }
      decodeMtp3(data.protocolData());
    }
  }

  /**
   * M2PA (RFC 4165 §2.1–§2.3): common header (version, spare, class 11, type, length), BSN, FSN;
   * User Data (type 1) carries a priority octet and then the MTP3 message from the SIO on.
   */
  private void decodeM2pa(Octets payload) {
    try {
      WireReader in = payload.reader();
      int version = in.readU8();
      in.skip(1);
      int messageClass = in.readU8();
      int type = in.readU8();
      long length = in.readU32();
      if (version != 1 || messageClass != 11 || length != payload.length()) {
        throw in.malformed("not an M2PA message", "RFC 4165 §2.1");
      }
      ObjectNode o = root.putObject("m2pa");
      o.put("type", type == 1 ? "USER_DATA" : type == 2 ? "LINK_STATUS" : Integer.toString(type));
      text.append("M2PA ").append(o.get("type").asText());
      in.skip(8); // BSN, FSN
      if (type != 1 || in.remaining() == 0) {
        return;
      }
      in.skip(1); // priority
      int sio = in.readU8();
      RoutingLabel label = RoutingLabel.decode(in, PointCodeFormat.ITU);
      decodeMtp3(
          label.opc().value(),
          label.dpc().value(),
          sio & 0x0f,
          sio >>> 6,
          label.sls(),
          in.readRemaining());
    } catch (MalformedMessageException e) {
      error("m2pa", e);
    }
  }

  private void decodeMtp3(ProtocolData pd) {
    decodeMtp3(pd.opc(), pd.dpc(), pd.si(), pd.ni(), pd.sls(), pd.userData());
  }

  private void decodeMtp3(long opc, long dpc, int si, int ni, int sls, Octets userData) {
    ObjectNode o = root.putObject("mtp3");
    o.put("opc", opc);
    o.put("dpc", dpc);
    o.put("si", si);
    o.put("ni", ni);
    o.put("sls", sls);
    text.append(" | MTP3 opc=")
        .append(opc)
        .append(" dpc=")
        .append(dpc)
        .append(" si=")
        .append(si)
        .append(" sls=")
        .append(sls);
    if (si == ServiceIndicator.SCCP.code()) {
      decodeSccp(userData);
    } else if (si == ServiceIndicator.ISUP.code()) {
      decodeIsup(userData);
    }
  }

  private void decodeSccp(Octets bytes) {
    SccpMessage m;
    try {
      m = SccpMessageCodec.decode(bytes);
    } catch (MalformedMessageException e) {
      error("sccp", e);
      return;
    }
    ObjectNode o = root.putObject("sccp");
    o.put("type", m.type().name());
    address(o.putObject("called"), m.called());
    address(o.putObject("calling"), m.calling());
    text.append(" | SCCP ")
        .append(m.type().name())
        .append(" called=")
        .append(describe(m.called()))
        .append(" calling=")
        .append(describe(m.calling()));
    Octets userData = m.data();
    if (m.segmentation().isPresent()) {
      Segmentation seg = m.segmentation().get();
      o.put("segment", seg.first() ? "first" : "next");
      o.put("remaining", seg.remainingSegments());
      text.append(" segment remaining=").append(seg.remainingSegments());
      String origin = describe(m.calling()) + "/" + describe(m.called());
      boolean orphan = !seg.first() && !state.segments.waiting(origin, seg);
      userData = state.segments.add(origin, seg, m.data());
      if (userData == null) {
        if (orphan) {
          o.put("reassembly", "first segment not seen");
          text.append(" (first segment not seen: not reassembled)");
        }
        return;
      }
      o.put("reassembled", userData.length());
      text.append(" reassembled=").append(userData.length());
    }
    if (!userData.isEmpty() && isTcap(userData)) {
      decodeTcap(userData, m.called(), m.calling());
    }
  }

  static boolean isTcap(Octets data) {
    int tag = data.get(0);
    return tag == 0x61 || tag == 0x62 || tag == 0x64 || tag == 0x65 || tag == 0x67;
  }

  private static void address(ObjectNode o, SccpAddress a) {
    if (a.ssn() != null) {
      o.put("ssn", a.ssn().value());
    }
    if (a.globalTitle() != null) {
      o.put("gt", a.globalTitle().digits());
      o.put("tt", a.globalTitle().translationType());
    }
    if (a.pointCode() != null) {
      o.put("pc", a.pointCode().value());
    }
    o.put(
        "ri", a.routingIndicator() == org.ss7sim.sccp.RoutingIndicator.ROUTE_ON_GT ? "gt" : "ssn");
  }

  private static String describe(SccpAddress a) {
    StringBuilder sb = new StringBuilder();
    if (a.globalTitle() != null) {
      sb.append("gt:").append(a.globalTitle().digits());
    }
    if (a.pointCode() != null) {
      sb.append(sb.length() > 0 ? "," : "").append("pc:").append(a.pointCode().value());
    }
    if (a.ssn() != null) {
      sb.append(sb.length() > 0 ? "," : "").append("ssn:").append(a.ssn().value());
    }
    return sb.toString();
  }

  private void decodeTcap(Octets bytes, SccpAddress called, SccpAddress calling) {
    TcMessage m;
    try {
      m = TcMessageCodec.decode(bytes);
    } catch (MalformedMessageException e) {
      error("tcap", e);
      return;
    }
    ObjectNode o = root.putObject("tcap");
    o.put("type", m.type().name());
    text.append(" | TCAP ").append(m.type().name());
    if (m instanceof Begin b) {
      o.put("otid", b.otid().toString());
    } else if (m instanceof Continue c) {
      o.put("otid", c.otid().toString());
      o.put("dtid", c.dtid().toString());
    } else if (m instanceof End e) {
      o.put("dtid", e.dtid().toString());
    } else if (m instanceof Abort a) {
      o.put("dtid", a.dtid().toString());
      if (a.isProviderAbort()) {
        o.put("pAbortCause", a.pAbortCause().toString());
      }
    }
    if (o.has("otid")) {
      text.append(" otid=").append(o.get("otid").asText());
    }
    if (o.has("dtid")) {
      text.append(" dtid=").append(o.get("dtid").asText());
    }
    if (m.dialoguePortion() != null && m.dialoguePortion().applicationContext() != null) {
      ObjectIdentifier acn = m.dialoguePortion().applicationContext();
      o.put("acn", acn.toString());
      text.append(" acn=").append(acn);
    }
    ArrayNode components = o.putArray("components");
    for (Component c : m.components()) {
      ObjectNode co = components.addObject();
      if (c instanceof Invoke i) {
        co.put("type", "invoke");
        co.put("invokeId", i.invokeId().value());
        opCode(co, i.opCode());
        text.append(" invoke(").append(i.invokeId().value()).append(", op ");
        text.append(co.get("opCode").asText()).append(')');
      } else if (c instanceof ReturnResult r) {
        co.put("type", r.last() ? "returnResultLast" : "returnResultNotLast");
        co.put("invokeId", r.invokeId().value());
        if (r.opCode() != null) {
          opCode(co, r.opCode());
        }
        text.append(' ').append(co.get("type").asText()).append('(');
        text.append(r.invokeId().value()).append(')');
      } else if (c instanceof ReturnError e) {
        co.put("type", "returnError");
        co.put("invokeId", e.invokeId().value());
        co.put("errorCode", e.errorCode().toString());
        text.append(" returnError(").append(e.invokeId().value()).append(", ");
        text.append(e.errorCode()).append(')');
      } else if (c instanceof Reject r) {
        co.put("type", "reject");
        if (r.invokeId() != null) {
          co.put("invokeId", r.invokeId().value());
        }
        co.put("problem", r.problem().toString());
        text.append(" reject(").append(r.problem()).append(')');
      }
    }
    TcapUser user = application(m, called, calling, state.dialogues);
    o.put("application", user.name().toLowerCase(Locale.ROOT));
    switch (user) {
      case MAP -> text.append(MapLayer.decode(m, root));
      case INAP -> text.append(InapLayer.decode(m, root));
      case CAP -> text.append(CapLayer.decode(m, root));
      case OTHER -> text.append(" | application not decoded");
    }
  }

  /** See {@link TcapUser}: context name, then the transaction, then the SSN, then MAP. */
  static TcapUser application(
      TcMessage m, SccpAddress called, SccpAddress calling, TcapUser.Dialogues dialogues) {
    TcapUser fromContext =
        m.dialoguePortion() == null
            ? null
            : TcapUser.ofContext(m.dialoguePortion().applicationContext());
    TcapUser user = dialogues == null ? fromContext : dialogues.resolve(m, fromContext);
    if (user == null) {
      user = TcapUser.ofSsn(called, calling);
    }
    return user == null ? TcapUser.MAP : user;
  }

  private static void opCode(ObjectNode o, OperationCode op) {
    if (op.global() == null) {
      o.put("opCode", op.local());
    } else {
      o.put("opCode", op.global().toString());
    }
  }

  private void decodeIsup(Octets bytes) {
    IsupMessage m;
    try {
      m = IsupMessageCodec.decode(bytes);
    } catch (MalformedMessageException e) {
      error("isup", e);
      return;
    }
    ObjectNode o = root.putObject("isup");
    o.put("type", m.type().name());
    o.put("cic", m.cic().value());
    text.append(" | ISUP ").append(m.type().name()).append(" cic=").append(m.cic().value());
    if (m instanceof InitialAddress iam) {
      o.put("called", iam.calledPartyNumber().digits());
      text.append(" called=").append(iam.calledPartyNumber().digits());
      CallingPartyNumber calling = iam.optional().find(CallingPartyNumber.class);
      if (calling != null) {
        o.put("calling", calling.digits());
        text.append(" calling=").append(calling.digits());
      }
    }
    if (m instanceof Release rel) {
      CauseIndicators cause = rel.cause();
      o.put("cause", cause.cause().code());
      text.append(" cause=").append(cause.cause().code());
    }
  }

  private void decodeSmpp(Octets bytes) {
    Pdu p;
    try {
      p = PduCodec.decode(bytes);
    } catch (MalformedMessageException e) {
      error("smpp", e);
      return;
    }
    ObjectNode o = root.putObject("smpp");
    String command = p.commandName();
    o.put("command", command);
    o.put("sequence", p.sequence());
    o.put("status", p.status().code());
    text.append("SMPP ").append(command).append(" seq=").append(p.sequence());
    if (p.status().code() != 0) {
      text.append(" status=").append(p.status());
    }
    if (p instanceof ShortMessagePdu sm) {
      o.put("source", sm.source().address());
      o.put("destination", sm.destination().address());
      text.append(" from=").append(sm.source().address());
      text.append(" to=").append(sm.destination().address());
    }
  }

  private void error(String layer, MalformedMessageException e) {
    root.put("error", layer + ": " + e.getMessage());
    text.append(text.length() == 0 ? "" : " | ").append(layer.toUpperCase(Locale.ROOT));
    text.append(" malformed: ").append(e.getMessage());
  }
}
