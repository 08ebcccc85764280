package org.ss7sim.simulator.decode;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ss7sim.inap.message.ApplyChargingArg;
import org.ss7sim.inap.message.BcsmEvent;
import org.ss7sim.inap.message.ConnectArg;
import org.ss7sim.inap.message.EventReportBcsmArg;
import org.ss7sim.inap.message.InapArgument;
import org.ss7sim.inap.message.InapCodec;
import org.ss7sim.inap.message.InapError;
import org.ss7sim.inap.message.InapOperation;
import org.ss7sim.inap.message.InitialDpArg;
import org.ss7sim.inap.message.ReleaseCallArg;
import org.ss7sim.inap.message.RequestReportBcsmEventArg;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.ErrorCode;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.wire.MalformedMessageException;

/**
 * The {@code inap} key of {@code decode}: the INAP CS-1 operations of a TCAP message (Q.1218 §6)
 * with the fields people look for — {@code serviceKey}, {@code calledPartyNumber}, {@code
 * callingPartyNumber}, {@code eventTypeBCSM}, {@code destinationRoutingAddress}, {@code cause} — or
 * the INAP error of a ReturnError. Several components (RequestReportBCSMEvent + Connect in one
 * TC-CONTINUE, as SCPs send them) are listed in {@code operations}.
 */
final class InapLayer {
  private InapLayer() {}

  /** Adds the {@code inap} key when {@code m} carries INAP components; returns a text summary. */
  static String decode(TcMessage m, ObjectNode root) {
    StringBuilder text = new StringBuilder();
    ObjectNode o = null;
    ArrayNode ops = null;
    for (Component c : m.components()) {
      if (o == null) {
        o = root.putObject("inap");
        ops = o.putArray("operations");
      }
      if (c instanceof Invoke i) {
        InapOperation op = InapOperation.ofCode(i.opCode());
        ObjectNode e = ops.addObject();
        String name = operationName(i.opCode());
        e.put("operation", name);
        text.append(" | INAP ").append(name);
        if (op != null) {
          argument(op, i, e, text);
        }
      } else if (c instanceof ReturnResult r) {
        ObjectNode e = ops.addObject();
        e.put("operation", r.opCode() == null ? "result" : operationName(r.opCode()));
        e.put("result", true);
        text.append(" | INAP ").append(e.get("operation").asText()).append(" result");
      } else if (c instanceof ReturnError r) {
        ObjectNode e = ops.addObject();
        e.put("error", errorName(r.errorCode()));
        text.append(" | INAP error ").append(e.get("error").asText());
      }
    }
    if (o != null && ops.size() > 0) {
      // The first operation's fields also at the top, as the map key has them.
      for (var f : ops.get(0).properties()) {
        o.set(f.getKey(), f.getValue());
      }
    }
    return text.toString();
  }

  /** {@code initialDP}, or {@code op N} for an operation not modelled. */
  static String operationName(OperationCode code) {
    if (code.isGlobal()) {
      return code.global().toString();
    }
    InapOperation op = InapOperation.ofCode(code);
    return op == null ? "op " + code.local() : op.specName();
  }

  /** {@code missingParameter}, or the code as TCAP writes it. */
  static String errorName(ErrorCode code) {
    InapError e = InapError.ofCode(code);
    return e == null ? code.toString() : MapLayer.camel(e.name());
  }

  private static void argument(InapOperation op, Invoke i, ObjectNode o, StringBuilder text) {
    InapArgument arg;
    try {
      arg = InapCodec.decode(op, i.parameter());
    } catch (MalformedMessageException | RuntimeException e) {
      o.put("error", "argument: " + e.getMessage());
      text.append(" malformed argument: ").append(e.getMessage());
      return;
    }
    if (arg instanceof InitialDpArg a) {
      o.put("serviceKey", a.serviceKey());
      text.append(" serviceKey=").append(a.serviceKey());
      if (a.calledPartyNumber() != null) {
        o.put("calledPartyNumber", a.calledPartyNumber().digits());
        text.append(" calledPartyNumber=").append(a.calledPartyNumber().digits());
      }
      if (a.callingPartyNumber() != null) {
        o.put("callingPartyNumber", a.callingPartyNumber().digits());
        text.append(" callingPartyNumber=").append(a.callingPartyNumber().digits());
      }
      if (a.eventTypeBcsm() != null) {
        o.put("eventTypeBCSM", MapLayer.camel(a.eventTypeBcsm().name()));
      }
    } else if (arg instanceof ConnectArg a) {
      ArrayNode dra = o.putArray("destinationRoutingAddress");
      a.destinationRoutingAddress().forEach(n -> dra.add(n.digits()));
      text.append(" destinationRoutingAddress=")
          .append(a.destinationRoutingAddress().get(0).digits());
    } else if (arg instanceof ReleaseCallArg a) {
      o.put("cause", a.cause().value());
      text.append(" cause=").append(a.cause().value());
    } else if (arg instanceof RequestReportBcsmEventArg a) {
      ArrayNode events = o.putArray("bcsmEvents");
      for (BcsmEvent e : a.bcsmEvents()) {
        ObjectNode ev = events.addObject();
        ev.put("eventTypeBCSM", MapLayer.camel(e.eventType().name()));
        ev.put("monitorMode", MapLayer.camel(e.monitorMode().name()));
      }
      text.append(" events=").append(a.bcsmEvents().size());
    } else if (arg instanceof EventReportBcsmArg a) {
      o.put("eventTypeBCSM", MapLayer.camel(a.eventType().name()));
      text.append(" eventTypeBCSM=").append(o.get("eventTypeBCSM").asText());
    } else if (arg instanceof ApplyChargingArg a) {
      o.put("billingChargingCharacteristics", a.billingChargingCharacteristics().toHex());
    }
  }
}
