package org.ss7sim.simulator.network;

import java.util.Locale;
import org.ss7sim.inap.message.InapOperation;
import org.ss7sim.isup.message.IsupMessageCodec;
import org.ss7sim.isup.message.IsupMessageType;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.ProtocolData;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.message.SccpMessage;
import org.ss7sim.sccp.message.SccpMessageCodec;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.message.Abort;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.Continue;
import org.ss7sim.tcap.message.End;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.tcap.message.TransactionId;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * What a ladder shows for an M3UA message ({@code IAM cic=5}, {@code TC-BEGIN
 * sendRoutingInfoForSm}, {@code TC-END returnError absentSubscriberSm}, {@code ASPUP}) and the
 * protocol identifiers its flow is found by ({@link Ids}), read in one pass.
 */
final class Labels {
  private static final int INAP_SSN = 241;

  /** The identifiers of a message that name its flow (see {@link FlowTable}). */
  sealed interface Ids {}

  /** Not part of any call or dialogue (M3UA management, SCCP without TCAP, malformed). */
  record None() implements Ids {}

  /** An ISUP message on a circuit; {@code seizes} for an IAM. */
  record OnCircuit(FlowTable.Circuit circuit, boolean seizes) implements Ids {}

  /**
   * A TCAP message: {@code own} is the sender's end (null without otid), {@code peer} the
   * receiver's (null without dtid).
   */
  record InDialogue(FlowTable.TcapEnd own, FlowTable.TcapEnd peer) implements Ids {
    boolean begins() {
      return peer == null;
    }

    boolean ends() {
      return own == null;
    }
  }

  /** A message read: its label and identifiers. */
  record Read(String label, Ids ids) {}

  private static final Ids NONE = new None();

  private Labels() {}

  static String of(Octets m3ua) {
    return read(m3ua).label();
  }

  static Read read(Octets m3ua) {
    M3uaMessage m;
    try {
      m = M3uaCodec.decode(m3ua);
    } catch (MalformedMessageException e) {
      return new Read("malformed M3UA", NONE);
    }
    if (!(m instanceof Data data)) {
      return new Read(m.type().name(), NONE);
    }
    ProtocolData pd = data.protocolData();
    if (pd.si() == ServiceIndicator.ISUP.code()) {
      return isup(pd, pd.userData());
    }
    if (pd.si() == ServiceIndicator.SCCP.code()) {
      return sccp(pd.userData());
    }
    return new Read("DATA si=" + pd.si(), NONE);
  }

  private static Read isup(ProtocolData pd, Octets bytes) {
    if (bytes.length() < IsupMessageCodec.HEADER_LENGTH) {
      return new Read("ISUP (short)", NONE);
    }
    IsupMessageType t = IsupMessageType.fromCode(IsupMessageCodec.peekType(bytes));
    String name = t == null ? "ISUP type " + IsupMessageCodec.peekType(bytes) : t.name();
    int cic = IsupMessageCodec.peekCic(bytes);
    return new Read(
        name + " cic=" + cic,
        new OnCircuit(FlowTable.Circuit.of(pd.opc(), pd.dpc(), cic), t == IsupMessageType.IAM));
  }

  /** The key of an SCCP address in the flow table: global title digits, else point code; SSN. */
  static String addressKey(SccpAddress a) {
    String ssn = a.ssn() == null ? "" : "/" + a.ssn().value();
    if (a.globalTitle() != null && a.globalTitle().digits() != null) {
      return a.globalTitle().digits() + ssn;
    }
    return (a.pointCode() == null ? "?" : "pc" + a.pointCode().value()) + ssn;
  }

  private static Read sccp(Octets bytes) {
    SccpMessage s;
    try {
      s = SccpMessageCodec.decode(bytes);
    } catch (MalformedMessageException e) {
      return new Read("malformed SCCP", NONE);
    }
    Octets data = s.data();
    if (data.isEmpty()) {
      return new Read(s.type().name(), NONE);
    }
    int tag = data.get(0);
    if (tag != 0x61 && tag != 0x62 && tag != 0x64 && tag != 0x65 && tag != 0x67) {
      return new Read(s.type().name(), NONE);
    }
    boolean inap =
        (s.called().ssn() != null && s.called().ssn().value() == INAP_SSN)
            || (s.calling().ssn() != null && s.calling().ssn().value() == INAP_SSN);
    TcMessage tc;
    try {
      tc = TcMessageCodec.decode(data);
    } catch (MalformedMessageException e) {
      return new Read(s.type().name() + " malformed TCAP", NONE);
    }
    StringBuilder sb = new StringBuilder();
    Ids ids = NONE;
    if (tc instanceof Begin b) {
      sb.append("TC-BEGIN");
      ids = new InDialogue(end(s.calling(), b.otid()), null);
    } else if (tc instanceof Continue c) {
      sb.append("TC-CONTINUE");
      ids = new InDialogue(end(s.calling(), c.otid()), end(s.called(), c.dtid()));
    } else if (tc instanceof End e) {
      sb.append("TC-END");
      ids = new InDialogue(null, end(s.called(), e.dtid()));
    } else if (tc instanceof Abort a) {
      sb.append("TC-ABORT");
      ids = new InDialogue(null, end(s.called(), a.dtid()));
    } else {
      sb.append("TC-UNI");
    }
    for (Component c : tc.components()) {
      if (c instanceof Invoke i) {
        sb.append(' ').append(operation(i.opCode(), inap));
      } else if (c instanceof ReturnError e) {
        sb.append(" error ").append(error(e, inap));
      } else if (c instanceof Reject) {
        sb.append(" reject");
      } else {
        sb.append(" result");
      }
    }
    return new Read(sb.toString(), ids);
  }

  private static FlowTable.TcapEnd end(SccpAddress a, TransactionId tid) {
    return new FlowTable.TcapEnd(addressKey(a), tid.unsignedValue());
  }

  private static String operation(OperationCode op, boolean inap) {
    if (op.isGlobal()) {
      return op.global().toString();
    }
    if (inap) {
      InapOperation o = InapOperation.ofCode(op);
      return o == null ? "op " + op.local() : o.specName();
    }
    return MapOperation.of((int) op.local()).map(o -> camel(o.name())).orElse("op " + op.local());
  }

  private static String error(ReturnError e, boolean inap) {
    if (e.errorCode().global() != null || inap) {
      return e.errorCode().toString();
    }
    return MapErrorCode.of((int) e.errorCode().local())
        .map(c -> camel(c.name()))
        .orElse(Long.toString(e.errorCode().local()));
  }

  /** SEND_ROUTING_INFO_FOR_SM → sendRoutingInfoForSm. */
  static String camel(String enumName) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : enumName.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }
}
