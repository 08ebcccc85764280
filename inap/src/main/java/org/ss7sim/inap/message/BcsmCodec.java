package org.ss7sim.inap.message;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/** BER codecs of RequestReportBCSMEvent and EventReportBCSM arguments and LegID (Q.1218 §6). */
final class BcsmCodec {
  private static final int BCSM_EVENTS = BerTag.contextConstructed(0);
  private static final int EVENT_TYPE = BerTag.context(0);
  private static final int MONITOR_MODE = BerTag.context(1);
  private static final int EVENT_LEG = BerTag.contextConstructed(2);
  private static final int DP_CRITERIA = BerTag.contextConstructed(30);
  private static final int ESI = BerTag.contextConstructed(2);
  private static final int REPORT_LEG = BerTag.contextConstructed(3);
  private static final int MISC = BerTag.contextConstructed(4);
  private static final int MAX_EVENTS = 64;

  private BcsmCodec() {}

  /** Reads a LegID CHOICE from inside the current (explicitly tagged) element. */
  static LegId legId(BerReader outer) throws MalformedMessageException {
    BerReader in = outer.enter();
    int t = in.next();
    if ((t != BerTag.context(0) && t != BerTag.context(1)) || in.length() != 1) {
      throw in.error("expected LegID sendingSideID [0] or receivingSideID [1] of one octet");
    }
    in.requireEnd("LegID");
    return new LegId(t == BerTag.context(0), in.value().get(0));
  }

  static void writeLegId(int tag, LegId leg, BerWriter w) {
    int m = w.start(tag);
    w.octetString(BerTag.context(leg.sendingSide() ? 0 : 1), Octets.ofUnsigned(leg.legType()));
    w.end(m);
  }

  static RequestReportBcsmEventArg requestReportBcsmEvent(BerReader r)
      throws MalformedMessageException {
    SequenceFields f = new SequenceFields(InapCodec.sequence(r, "RequestReportBCSMEventArg"));
    BerReader in = f.reader();
    List<BcsmEvent> events = null;
    for (int t = f.next(); t != -1; t = f.next()) {
      if (t == BCSM_EVENTS) {
        f.known(0);
        events = new ArrayList<>();
        BerReader list = in.enter();
        while (list.hasNext()) {
          list.next();
          if (events.size() == MAX_EVENTS) {
            throw list.error("more than " + MAX_EVENTS + " BCSM events");
          }
          events.add(bcsmEvent(InapCodec.sequence(list, "BCSMEvent")));
        }
        if (events.isEmpty()) {
          throw in.error("empty bcsmEvents");
        }
      } else {
        f.keep();
      }
    }
    if (events == null) {
      throw new MalformedMessageException(
          "RequestReportBCSMEventArg without bcsmEvents", r.offset(), InapCodec.SPEC);
    }
    return new RequestReportBcsmEventArg(events, f.unknown());
  }

  private static BcsmEvent bcsmEvent(BerReader in) throws MalformedMessageException {
    in.expect(EVENT_TYPE, "eventTypeBCSM");
    EventTypeBcsm type = EventTypeBcsm.ofCode(in.longValue());
    if (type == null) {
      throw in.error("eventTypeBCSM is not defined");
    }
    in.expect(MONITOR_MODE, "monitorMode");
    MonitorMode mode = MonitorMode.ofCode(InapCodec.enumerated(in, "monitorMode", 2));
    LegId leg = in.nextIf(EVENT_LEG) ? legId(in) : null;
    Octets criteria = in.nextIf(DP_CRITERIA) ? in.element() : null;
    in.requireEnd("BCSMEvent");
    return new BcsmEvent(type, mode, leg, criteria);
  }

  static void encode(RequestReportBcsmEventArg a, BerWriter w) {
    List<UnknownElement> u = a.unknown();
    boolean[] done = new boolean[u.size()];
    int m = w.start(BerTag.SEQUENCE);
    SequenceFields.writeAfter(w, u, UnknownElement.AT_START, done);
    int list = w.start(BCSM_EVENTS);
    for (BcsmEvent e : a.bcsmEvents()) {
      int s = w.start(BerTag.SEQUENCE);
      w.integer(EVENT_TYPE, e.eventType().code());
      w.integer(MONITOR_MODE, e.monitorMode().code());
      if (e.legId() != null) {
        writeLegId(EVENT_LEG, e.legId(), w);
      }
      if (e.dpSpecificCriteria() != null) {
        w.raw(e.dpSpecificCriteria());
      }
      w.end(s);
    }
    w.end(list);
    SequenceFields.writeAfter(w, u, BCSM_EVENTS, done);
    SequenceFields.writeRest(w, u, done);
    w.end(m);
  }

  static EventReportBcsmArg eventReportBcsm(BerReader r) throws MalformedMessageException {
    SequenceFields f = new SequenceFields(InapCodec.sequence(r, "EventReportBCSMArg"));
    BerReader in = f.reader();
    EventTypeBcsm type = null;
    Octets esi = null;
    LegId leg = null;
    MiscCallInfo misc = null;
    for (int t = f.next(); t != -1; t = f.next()) {
      if (t == EVENT_TYPE) {
        f.known(0);
        type = EventTypeBcsm.ofCode(in.longValue());
        if (type == null) {
          throw in.error("eventTypeBCSM is not defined");
        }
      } else if (t == ESI) {
        f.known(2);
        esi = in.element();
      } else if (t == REPORT_LEG) {
        f.known(3);
        leg = legId(in);
      } else if (t == MISC) {
        f.known(4);
        misc = miscCallInfo(in.enter());
      } else {
        f.keep();
      }
    }
    if (type == null) {
      throw new MalformedMessageException(
          "EventReportBCSMArg without eventTypeBCSM", r.offset(), InapCodec.SPEC);
    }
    return new EventReportBcsmArg(type, esi, leg, misc, f.unknown());
  }

  private static MiscCallInfo miscCallInfo(BerReader in) throws MalformedMessageException {
    in.expect(BerTag.context(0), "messageType");
    boolean notification = InapCodec.enumerated(in, "messageType", 1) == 1;
    int dp = in.nextIf(BerTag.context(1)) ? InapCodec.enumerated(in, "dpAssignment", 2) : -1;
    in.requireEnd("MiscCallInfo");
    return new MiscCallInfo(notification, dp);
  }

  static void encode(EventReportBcsmArg a, BerWriter w) {
    List<UnknownElement> u = a.unknown();
    boolean[] done = new boolean[u.size()];
    int m = w.start(BerTag.SEQUENCE);
    SequenceFields.writeAfter(w, u, UnknownElement.AT_START, done);
    w.integer(EVENT_TYPE, a.eventType().code());
    SequenceFields.writeAfter(w, u, EVENT_TYPE, done);
    if (a.eventSpecificInformation() != null) {
      w.raw(a.eventSpecificInformation());
      SequenceFields.writeAfter(w, u, ESI, done);
    }
    if (a.legId() != null) {
      writeLegId(REPORT_LEG, a.legId(), w);
      SequenceFields.writeAfter(w, u, REPORT_LEG, done);
    }
    if (a.miscCallInfo() != null) {
      int mi = w.start(MISC);
      w.integer(BerTag.context(0), a.miscCallInfo().notification() ? 1 : 0);
      if (a.miscCallInfo().dpAssignment() >= 0) {
        w.integer(BerTag.context(1), a.miscCallInfo().dpAssignment());
      }
      w.end(mi);
      SequenceFields.writeAfter(w, u, MISC, done);
    }
    SequenceFields.writeRest(w, u, done);
    w.end(m);
  }
}
