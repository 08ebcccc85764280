package org.ss7sim.simulator.decode;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.ss7sim.cap.message.CapArgument;
import org.ss7sim.cap.message.CapCodec;
import org.ss7sim.cap.message.CapError;
import org.ss7sim.cap.message.CapOperation;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.ErrorCode;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.wire.MalformedMessageException;

/**
 * The {@code cap} key of {@code decode}: the CAMEL operations of a TCAP message (3GPP TS 29.078 §6)
 * with the argument's plain fields by their names — numbers ({@code serviceKey}), addresses as
 * digits ({@code calledPartyNumber}, {@code callingPartyNumber}, {@code calledPartyBcdNumber},
 * {@code imsi}, {@code mscAddress}), enumerations ({@code eventTypeBcsm}) — or the CAP error of a
 * ReturnError. Every component is listed in {@code operations}; the first one's fields are also at
 * the top, as the {@code map} and {@code inap} keys have them.
 */
final class CapLayer {
  private static final List<String> TEXT_FIELDS =
      List.of(
          "serviceKey", "calledPartyNumber", "calledPartyBcdNumber", "callingPartyNumber", "imsi");

  private CapLayer() {}

  /** Adds the {@code cap} key when {@code m} carries components; returns a text summary. */
  static String decode(TcMessage m, ObjectNode root) {
    if (m.components().isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    ObjectNode o = root.putObject("cap");
    ArrayNode ops = o.putArray("operations");
    for (Component c : m.components()) {
      ObjectNode e = ops.addObject();
      if (c instanceof Invoke i) {
        String name = operationName(i.opCode());
        e.put("operation", name);
        text.append(" | CAP ").append(name);
        CapOperation op = CapOperation.ofCode(i.opCode());
        if (op != null && op.hasArgument()) {
          argument(op, i, e, text);
        }
      } else if (c instanceof ReturnResult r) {
        e.put("operation", r.opCode() == null ? "result" : operationName(r.opCode()));
        e.put("result", true);
        text.append(" | CAP ").append(e.get("operation").asText()).append(" result");
      } else if (c instanceof ReturnError r) {
        e.put("error", errorName(r.errorCode()));
        text.append(" | CAP error ").append(e.get("error").asText());
      }
    }
    for (var f : ops.get(0).properties()) {
      o.set(f.getKey(), f.getValue());
    }
    return text.toString();
  }

  /** {@code initialDP}, or {@code op N} for an operation the cap module does not model. */
  static String operationName(OperationCode code) {
    if (code.isGlobal()) {
      return code.global().toString();
    }
    CapOperation op = CapOperation.ofCode(code);
    return op == null ? "op " + code.local() : op.specName();
  }

  static String errorName(ErrorCode code) {
    CapError e = CapError.ofCode(code);
    return e == null ? code.toString() : MapLayer.camel(e.name());
  }

  private static void argument(CapOperation op, Invoke i, ObjectNode o, StringBuilder text) {
    CapArgument arg;
    try {
      arg = CapCodec.decode(op, i.parameter());
    } catch (MalformedMessageException | RuntimeException e) {
      o.put("error", "argument: " + e.getMessage());
      text.append(" malformed argument: ").append(e.getMessage());
      return;
    }
    if (!(arg instanceof Record record)) {
      return;
    }
    for (RecordComponent rc : record.getClass().getRecordComponents()) {
      Object value;
      try {
        value = rc.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        continue;
      }
      field(rc.getName(), value, o);
    }
    for (String name : TEXT_FIELDS) {
      if (o.has(name)) {
        text.append(' ').append(name).append('=').append(o.get(name).asText());
      }
    }
  }

  private static void field(String name, Object value, ObjectNode o) {
    if (value instanceof Integer || value instanceof Long) {
      o.put(name, ((Number) value).longValue());
    } else if (value instanceof String s) {
      o.put(name, s);
    } else if (value instanceof Boolean b) {
      o.put(name, b);
    } else if (value instanceof Enum<?> e) {
      o.put(name, MapLayer.camel(e.name()));
    } else if (value instanceof Record r) {
      for (RecordComponent rc : r.getClass().getRecordComponents()) {
        if (rc.getName().equals("digits") && rc.getType() == String.class) {
          try {
            o.put(name, (String) rc.getAccessor().invoke(r));
          } catch (ReflectiveOperationException e) {
            // not readable: left out
          }
        }
      }
    }
  }
}
