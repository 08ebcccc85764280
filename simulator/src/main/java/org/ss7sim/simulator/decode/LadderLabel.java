package org.ss7sim.simulator.decode;

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
 * The cheap one-line label of {@link StackDecoder#label}: the same layers, read only as far as a
 * ladder needs, no JSON. ISUP is peeked at (type and CIC), not decoded.
 */
final class LadderLabel {
  private LadderLabel() {}

  static String of(Octets m3ua) {
    return read(m3ua).label();
  }

  /** The label and the layers decoded to say it (each decoded once; null where not reached). */
  static StackDecoder.Layers read(Octets m3ua) {
    M3uaMessage m;
    try {
      m = M3uaCodec.decode(m3ua);
    } catch (MalformedMessageException e) {
      return new StackDecoder.Layers("malformed M3UA", null, null, null);
    }
    if (!(m instanceof Data data)) {
      return new StackDecoder.Layers(m.type().name(), null, null, null);
    }
    ProtocolData pd = data.protocolData();
    if (pd.si() == ServiceIndicator.ISUP.code()) {
      return new StackDecoder.Layers(isupLabel(pd.userData()), pd, null, null);
    }
    if (pd.si() == ServiceIndicator.SCCP.code()) {
      return sccp(pd);
    }
    return new StackDecoder.Layers("DATA si=" + pd.si(), pd, null, null);
  }

  private static String isupLabel(Octets bytes) {
    if (bytes.length() < IsupMessageCodec.HEADER_LENGTH) {
      return "ISUP (short)";
    }
    IsupMessageType t = IsupMessageType.fromCode(IsupMessageCodec.peekType(bytes));
    String name = t == null ? "ISUP type " + IsupMessageCodec.peekType(bytes) : t.name();
    return name + " cic=" + IsupMessageCodec.peekCic(bytes);
  }

  private static StackDecoder.Layers sccp(ProtocolData pd) {
    SccpMessage s;
    try {
      s = SccpMessageCodec.decode(pd.userData());
    } catch (MalformedMessageException e) {
      return new StackDecoder.Layers("malformed SCCP", pd, null, null);
    }
    Octets data = s.data();
    if (data.isEmpty() || !StackDecoder.isTcap(data)) {
      return new StackDecoder.Layers(s.type().name(), pd, s, null);
    }
    TcMessage tc;
    try {
      tc = TcMessageCodec.decode(data);
    } catch (MalformedMessageException e) {
      return new StackDecoder.Layers(s.type().name() + " malformed TCAP", pd, s, null);
    }
    return new StackDecoder.Layers(tcapLabel(s, tc), pd, s, tc);
  }

  private static String tcapLabel(SccpMessage s, TcMessage tc) {
    TcapUser user = StackDecoder.application(tc, s.called(), s.calling(), null);
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
        sb.append(' ').append(operationLabel(i.opCode(), user));
      } else if (c instanceof ReturnError e) {
        sb.append(" error ").append(errorLabel(e, user));
      } else if (c instanceof Reject) {
        sb.append(" reject");
      } else {
        sb.append(" result");
      }
    }
    return sb.toString();
  }

  private static String operationLabel(OperationCode op, TcapUser user) {
    if (op.isGlobal()) {
      return op.global().toString();
    }
    return switch (user) {
      case MAP ->
          MapOperation.of((int) op.local())
              .map(o -> MapLayer.camel(o.name()))
              .orElse("op " + op.local());
      case INAP -> InapLayer.operationName(op);
      case CAP -> CapLayer.operationName(op);
      case OTHER -> "op " + op.local();
    };
  }

  private static String errorLabel(ReturnError e, TcapUser user) {
    if (e.errorCode().global() != null || user != TcapUser.MAP) {
      return e.errorCode().toString();
    }
    return MapErrorCode.of((int) e.errorCode().local())
        .map(c -> MapLayer.camel(c.name()))
        .orElse(Long.toString(e.errorCode().local()));
  }
}
