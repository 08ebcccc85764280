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
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * The short text a ladder shows for an M3UA message: {@code IAM cic=5}, {@code TC-BEGIN
 * sendRoutingInfoForSm}, {@code TC-END returnError absentSubscriberSm}, {@code ASPUP}.
 */
final class Labels {
  private static final int INAP_SSN = 241;

  private Labels() {}

  static String of(Octets m3ua) {
    M3uaMessage m;
    try {
      m = M3uaCodec.decode(m3ua);
    } catch (MalformedMessageException e) {
      return "malformed M3UA";
    }
    if (!(m instanceof Data data)) {
      return m.type().name();
    }
    ProtocolData pd = data.protocolData();
    if (pd.si() == ServiceIndicator.ISUP.code()) {
      return isup(pd.userData());
    }
    if (pd.si() == ServiceIndicator.SCCP.code()) {
      return sccp(pd.userData());
    }
    return "DATA si=" + pd.si();
  }

  private static String isup(Octets bytes) {
    if (bytes.length() < IsupMessageCodec.HEADER_LENGTH) {
      return "ISUP (short)";
    }
    IsupMessageType t = IsupMessageType.fromCode(IsupMessageCodec.peekType(bytes));
    String name = t == null ? "ISUP type " + IsupMessageCodec.peekType(bytes) : t.name();
    return name + " cic=" + IsupMessageCodec.peekCic(bytes);
  }

  private static String sccp(Octets bytes) {
    SccpMessage s;
    try {
      s = SccpMessageCodec.decode(bytes);
    } catch (MalformedMessageException e) {
      return "malformed SCCP";
    }
    Octets data = s.data();
    if (data.isEmpty()) {
      return s.type().name();
    }
    int tag = data.get(0);
    if (tag != 0x61 && tag != 0x62 && tag != 0x64 && tag != 0x65 && tag != 0x67) {
      return s.type().name();
    }
    boolean inap =
        (s.called().ssn() != null && s.called().ssn().value() == INAP_SSN)
            || (s.calling().ssn() != null && s.calling().ssn().value() == INAP_SSN);
    TcMessage tc;
    try {
      tc = TcMessageCodec.decode(data);
    } catch (MalformedMessageException e) {
      return s.type().name() + " malformed TCAP";
    }
    StringBuilder sb = new StringBuilder();
    if (tc instanceof Begin) {
      sb.append("TC-BEGIN");
    } else if (tc instanceof Continue) {
      sb.append("TC-CONTINUE");
    } else if (tc instanceof End) {
      sb.append("TC-END");
    } else if (tc instanceof Abort) {
      sb.append("TC-ABORT");
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
    return sb.toString();
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
