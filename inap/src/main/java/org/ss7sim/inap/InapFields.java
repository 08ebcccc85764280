package org.ss7sim.inap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ss7sim.inap.message.CalledPartyNumber;
import org.ss7sim.inap.message.ConnectArg;
import org.ss7sim.inap.message.EventReportBcsmArg;
import org.ss7sim.inap.message.InapArgument;
import org.ss7sim.inap.message.InitialDpArg;
import org.ss7sim.inap.message.ReleaseCallArg;
import org.ss7sim.inap.message.RequestReportBcsmEventArg;
import org.ss7sim.tcap.component.Invoke;

/**
 * The fields of an INAP operation as plain values, for the simulator's {@code decode --json}
 * ({@code inap} object), ladder diagrams and reports: {@code operation} (the Q.1218 name), and
 * where present {@code serviceKey}, {@code called}, {@code calling}, {@code destination} (the
 * destination routing address digits), {@code cause} (the Q.850 value), {@code eventTypeBCSM}.
 * Digits are strings, numbers are numbers.
 */
public final class InapFields {
  private InapFields() {}

  /** The fields of {@code invoke}, or just the operation and an {@code error} when it is bad. */
  public static Map<String, Object> of(Invoke invoke) {
    ReceivedInvoke r = ReceivedInvoke.of(invoke);
    if (r.argument() == null) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("operation", invoke.opCode().toString());
      m.put("error", r.reason());
      return m;
    }
    return of(r.argument());
  }

  public static Map<String, Object> of(InapArgument a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("operation", a.operation().specName());
    if (a instanceof InitialDpArg idp) {
      m.put("serviceKey", idp.serviceKey());
      if (idp.calledPartyNumber() != null) {
        m.put("called", idp.calledPartyNumber().digits());
      }
      if (idp.callingPartyNumber() != null) {
        m.put("calling", idp.callingPartyNumber().digits());
      }
      if (idp.eventTypeBcsm() != null) {
        m.put("eventTypeBCSM", idp.eventTypeBcsm().code());
      }
    } else if (a instanceof ConnectArg c) {
      List<String> digits =
          c.destinationRoutingAddress().stream().map(CalledPartyNumber::digits).toList();
      m.put("destination", digits.size() == 1 ? digits.get(0) : digits);
    } else if (a instanceof ReleaseCallArg rel) {
      m.put("cause", rel.cause().value());
    } else if (a instanceof RequestReportBcsmEventArg rrb) {
      m.put("eventTypeBCSM", rrb.bcsmEvents().stream().map(e -> e.eventType().code()).toList());
    } else if (a instanceof EventReportBcsmArg erb) {
      m.put("eventTypeBCSM", erb.eventType().code());
    }
    return m;
  }
}
