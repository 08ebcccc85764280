package org.ss7sim.simulator.decode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Optional;
import org.ss7sim.map.common.SmRpDa;
import org.ss7sim.map.common.SmRpOa;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.map.sms.SmsDirection;
import org.ss7sim.map.sms.SmsTpdu;
import org.ss7sim.map.sms.SmsTpduCodec;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * The {@code map} key of {@code decode}: the operation of the first MAP component of a TCAP message
 * and the fields of its argument people look for — {@code imsi}, {@code msisdn}, other addresses by
 * their ASN.1 names, {@code smRpDa}, {@code smRpOa} and the SMS {@code text} — or the MAP error of
 * a ReturnError.
 */
final class MapLayer {
  private MapLayer() {}

  /** Adds the {@code map} key when {@code m} carries a MAP component; returns a text summary. */
  static String decode(TcMessage m, ObjectNode root) {
    Optional<MapApplicationContext.Versioned> context =
        Optional.ofNullable(m.dialoguePortion())
            .map(d -> d.applicationContext())
            .flatMap(MapApplicationContext::of);
    if (m.dialoguePortion() != null
        && m.dialoguePortion().applicationContext() != null
        && context.isEmpty()) {
      return ""; // another application (CAP, INAP …)
    }
    int version = context.map(MapApplicationContext.Versioned::version).orElse(1);
    for (Component c : m.components()) {
      if (c instanceof Invoke i && i.opCode().global() == null) {
        Optional<MapOperation> op = operation((int) i.opCode().local(), context, version);
        if (op.isPresent()) {
          ObjectNode o = root.putObject("map");
          o.put("operation", camel(op.get().name()));
          argument(op.get(), version, i.parameter(), o);
          return " | MAP " + o.get("operation").asText() + fieldsText(o);
        }
      } else if (c instanceof ReturnResult r && r.opCode() != null && r.opCode().global() == null) {
        Optional<MapOperation> op = operation((int) r.opCode().local(), context, version);
        if (op.isPresent()) {
          ObjectNode o = root.putObject("map");
          o.put("operation", camel(op.get().name()));
          o.put("result", true);
          return " | MAP " + o.get("operation").asText() + " result";
        }
      } else if (c instanceof ReturnError e && e.errorCode().global() == null) {
        Optional<MapErrorCode> error = MapErrorCode.of((int) e.errorCode().local());
        if (error.isPresent()) {
          ObjectNode o = root.putObject("map");
          o.put("error", camel(error.get().name()));
          return " | MAP error " + o.get("error").asText();
        }
      }
    }
    return "";
  }

  private static Optional<MapOperation> operation(
      int code, Optional<MapApplicationContext.Versioned> context, int version) {
    if (context.isPresent()) {
      Optional<MapOperation> op = MapOperation.of(code, context.get().context(), version);
      if (op.isPresent()) {
        return op;
      }
    }
    return MapOperation.of(code);
  }

  private static void argument(MapOperation op, int version, Octets parameter, ObjectNode o) {
    if (parameter == null) {
      return;
    }
    MapParameter arg;
    try {
      arg = op.<MapParameter>argumentCodec(version).decode(parameter);
    } catch (MalformedMessageException | RuntimeException e) {
      o.put("error", "argument: " + e.getMessage());
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
      field(op, rc.getName(), value, o);
    }
  }

  private static void field(MapOperation op, String name, Object value, ObjectNode o) {
    if (value instanceof Imsi imsi) {
      o.put(name, imsi.digits());
    } else if (value instanceof AddressString a) {
      o.put(name, a.digits());
    } else if (value instanceof SmRpDa da) {
      o.put(name, smRpDa(da));
    } else if (value instanceof SmRpOa oa) {
      o.put(name, smRpOa(oa));
    } else if (value instanceof Octets ui && name.equals("smRpUi")) {
      text(op, ui).ifPresent(t -> o.put("text", t));
    }
  }

  private static String smRpDa(SmRpDa da) {
    if (da instanceof SmRpDa.ByImsi i) {
      return "imsi:" + i.imsi().digits();
    } else if (da instanceof SmRpDa.ServiceCentre sc) {
      return "sc:" + sc.address().digits();
    } else if (da instanceof SmRpDa.ByLmsi l) {
      return "lmsi:" + l.lmsi().value().toHex();
    }
    return "none";
  }

  private static String smRpOa(SmRpOa oa) {
    if (oa instanceof SmRpOa.Msisdn m) {
      return "msisdn:" + m.msisdn().digits();
    } else if (oa instanceof SmRpOa.ServiceCentre sc) {
      return "sc:" + sc.address().digits();
    }
    return "none";
  }

  /** The text of an SMS-DELIVER (MT) or SMS-SUBMIT (MO) in SM-RP-UI, if it decodes. */
  private static Optional<String> text(MapOperation op, Octets ui) {
    SmsDirection first =
        op == MapOperation.MO_FORWARD_SM ? SmsDirection.FROM_MOBILE : SmsDirection.TO_MOBILE;
    for (SmsDirection d :
        new SmsDirection[] {
          first,
          first == SmsDirection.FROM_MOBILE ? SmsDirection.TO_MOBILE : SmsDirection.FROM_MOBILE
        }) {
      try {
        SmsTpdu tpdu = SmsTpduCodec.decode(ui, d);
        if (tpdu instanceof SmsTpdu.SmsDeliver deliver) {
          return Optional.of(
              deliver
                  .userData()
                  .text(deliver.dataCodingScheme(), deliver.userDataHeaderIndicator()));
        }
        if (tpdu instanceof SmsTpdu.SmsSubmit submit) {
          return Optional.of(
              submit.userData().text(submit.dataCodingScheme(), submit.userDataHeaderIndicator()));
        }
        return Optional.empty();
      } catch (MalformedMessageException | RuntimeException e) {
        // try the other direction
      }
    }
    return Optional.empty();
  }

  /** {@code SEND_ROUTING_INFO_FOR_SM} → {@code sendRoutingInfoForSm}. */
  static String camel(String enumName) {
    StringBuilder sb = new StringBuilder();
    for (String part : enumName.toLowerCase(Locale.ROOT).split("_")) {
      if (part.isEmpty()) {
        continue;
      }
      sb.append(
          sb.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return sb.toString();
  }

  private static String fieldsText(ObjectNode o) {
    StringBuilder sb = new StringBuilder();
    for (String key : new String[] {"imsi", "msisdn", "smRpDa", "smRpOa", "text"}) {
      if (o.has(key)) {
        String v = o.get(key).asText();
        sb.append(' ')
            .append(key)
            .append('=')
            .append(key.equals("text") ? '"' + abbreviate(v) + '"' : v);
      }
    }
    return sb.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 39) + "…";
  }
}
