package org.ss7sim.simulator.firewall;

import java.lang.reflect.RecordComponent;
import java.util.Optional;
import org.ss7sim.map.common.SmRpDa;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.message.SubscriberIdentity;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.message.SccpMessage;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.tcap.message.Abort;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.Continue;
import org.ss7sim.tcap.message.End;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.tcap.message.TransactionId;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * Reads what the rules need from a relayed SCCP message with the stack's own codecs: the TCAP
 * message (Q.773), its dialogue's MAP application context, the first invoke's operation and the
 * subscriber its argument names (an IMSI, an MSISDN, a SubscriberIdentity, an SM-RP-DA by IMSI),
 * and the IMSI of a returned result (SRI-SM). What does not decode is left empty: the rules see a
 * message they cannot classify, and the default is to let it pass.
 */
public final class Peek {
  private Peek() {}

  public static Inspected inspect(SccpMessage m, boolean fromInterconnect) {
    Inspected base =
        new Inspected(
            digits(m.calling()),
            digits(m.called()),
            m.called().ssn() == null ? -1 : m.called().ssn().value(),
            fromInterconnect,
            "",
            Optional.empty(),
            Optional.empty(),
            "",
            -1,
            -1,
            "",
            "");
    if (m.type().service() || m.segmentation().isPresent()) {
      return base;
    }
    TcMessage tc;
    try {
      tc = TcMessageCodec.decode(m.data());
    } catch (MalformedMessageException | RuntimeException e) {
      return base;
    }
    return inspect(tc, base);
  }

  static Inspected inspect(TcMessage tc, Inspected base) {
    Optional<TransactionId> otid = Optional.empty();
    Optional<TransactionId> dtid = Optional.empty();
    if (tc instanceof Begin b) {
      otid = Optional.of(b.otid());
    } else if (tc instanceof Continue c) {
      otid = Optional.of(c.otid());
      dtid = Optional.of(c.dtid());
    } else if (tc instanceof End e) {
      dtid = Optional.of(e.dtid());
    } else if (tc instanceof Abort a) {
      dtid = Optional.of(a.dtid());
    }
    Optional<MapApplicationContext.Versioned> context =
        Optional.ofNullable(tc.dialoguePortion())
            .map(d -> d.applicationContext())
            .flatMap(MapApplicationContext::of);
    int version = context.map(MapApplicationContext.Versioned::version).orElse(1);
    String contextName = context.map(c -> camel(c.context().name())).orElse("");
    int opCode = -1;
    int resultOpCode = -1;
    String imsi = "";
    String msisdn = "";
    for (Component c : tc.components()) {
      if (c instanceof Invoke i && i.opCode().global() == null && opCode < 0) {
        opCode = (int) i.opCode().local();
        Optional<MapParameter> arg = argument(opCode, context, version, i.parameter(), true);
        if (arg.isPresent()) {
          imsi = find(arg.get(), Imsi.class, "imsi").orElse(imsi);
          msisdn = find(arg.get(), AddressString.class, "msisdn").orElse(msisdn);
        }
      } else if (c instanceof ReturnResult r
          && r.opCode() != null
          && r.opCode().global() == null
          && resultOpCode < 0) {
        resultOpCode = (int) r.opCode().local();
        Optional<MapParameter> res = argument(resultOpCode, context, version, r.parameter(), false);
        if (res.isPresent() && imsi.isEmpty()) {
          imsi = find(res.get(), Imsi.class, "imsi").orElse("");
        }
      }
    }
    if (imsi.isEmpty() && opCode >= 0) {
      imsi = openDestinationImsi(tc).orElse("");
    }
    return new Inspected(
        base.callingGt(),
        base.calledGt(),
        base.calledSsn(),
        base.fromInterconnect(),
        tc.type().name(),
        otid,
        dtid,
        contextName,
        opCode,
        resultOpCode,
        imsi,
        msisdn);
  }

  /**
   * The IMSI a MAP-OPEN names as its destination reference (TS 29.002 §7.3.1: e.g. the subscriber
   * of a registerSS or MT-ForwardSM dialogue), when the invoke's argument names none.
   */
  private static Optional<String> openDestinationImsi(TcMessage tc) {
    if (tc.dialoguePortion() == null
        || !(tc.dialoguePortion().pdu() instanceof org.ss7sim.tcap.dialogue.Aarq aarq)
        || aarq.userInformation() == null) {
      return Optional.empty();
    }
    try {
      if (org.ss7sim.map.dialogue.MapDialoguePdu.fromUserInformation(aarq.userInformation())
              instanceof org.ss7sim.map.dialogue.MapOpenInfo open
          && open.destinationReference() != null
          && open.destinationReference().numberingPlan() == AddressString.LAND_MOBILE) {
        return Optional.of(open.destinationReference().digits());
      }
    } catch (MalformedMessageException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<MapParameter> argument(
      int code,
      Optional<MapApplicationContext.Versioned> context,
      int version,
      Octets parameter,
      boolean invoke) {
    if (parameter == null) {
      return Optional.empty();
    }
    Optional<MapOperation> op =
        context.flatMap(c -> MapOperation.of(code, c.context(), c.version()));
    if (op.isEmpty()) {
      op = MapOperation.of(code);
    }
    if (op.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (invoke) {
        return Optional.of(op.get().<MapParameter>argumentCodec(version).decode(parameter));
      }
      Optional<org.ss7sim.wire.ber.BerCodec<MapParameter>> codec = op.get().resultCodec(version);
      return codec.isPresent() ? Optional.of(codec.get().decode(parameter)) : Optional.empty();
    } catch (MalformedMessageException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The digits of the first field of type {@code type} (an {@link AddressString} only when named
   * {@code name}) in a decoded argument, looking one level into a SubscriberIdentity and an
   * SM-RP-DA.
   */
  private static Optional<String> find(Object arg, Class<?> type, String name) {
    if (!(arg instanceof Record record)) {
      return Optional.empty();
    }
    for (RecordComponent rc : record.getClass().getRecordComponents()) {
      Object value;
      try {
        value = rc.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        continue;
      }
      if (value instanceof SubscriberIdentity s) {
        if (type == Imsi.class && s.imsi() != null) {
          return Optional.of(s.imsi().digits());
        }
        if (type == AddressString.class && s.msisdn() != null) {
          return Optional.of(s.msisdn().digits());
        }
      } else if (value instanceof SmRpDa.ByImsi b && type == Imsi.class) {
        return Optional.of(b.imsi().digits());
      } else if (type == Imsi.class && value instanceof Imsi i) {
        return Optional.of(i.digits());
      } else if (type == AddressString.class
          && value instanceof AddressString a
          && rc.getName().equals(name)) {
        return Optional.of(a.digits());
      }
    }
    return Optional.empty();
  }

  private static String digits(SccpAddress a) {
    return a.globalTitle() == null ? "" : a.globalTitle().digits();
  }

  /** ANY_TIME_ENQUIRY → anyTimeEnquiry. */
  static String camel(String constant) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char ch : constant.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (ch == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return b.toString();
  }
}
