package org.ss7sim.inap.message;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/** BER codecs of the InitialDP, Connect and ApplyCharging arguments (Q.1218 §6). */
final class CallCodec {
  private static final int SERVICE_KEY = BerTag.context(0);
  private static final int CALLED = BerTag.context(2);
  private static final int CALLING = BerTag.context(3);
  private static final int CATEGORY = BerTag.context(5);
  private static final int EVENT_TYPE = BerTag.context(28);
  private static final int DRA = BerTag.contextConstructed(0);
  private static final int ACH = BerTag.context(0);
  private static final int PARTY_TO_CHARGE = BerTag.contextConstructed(2);

  private CallCodec() {}

  static InitialDpArg initialDp(BerReader r) throws MalformedMessageException {
    SequenceFields f = new SequenceFields(InapCodec.sequence(r, "InitialDPArg"));
    BerReader in = f.reader();
    long serviceKey = -1;
    CalledPartyNumber called = null;
    CallingPartyNumber calling = null;
    int category = -1;
    EventTypeBcsm eventType = null;
    for (int t = f.next(); t != -1; t = f.next()) {
      if (t == SERVICE_KEY) {
        f.known(0);
        serviceKey = in.longValue();
        if (serviceKey < 0 || serviceKey > Integer.MAX_VALUE) {
          throw in.error("serviceKey " + serviceKey + " out of range");
        }
      } else if (t == CALLED) {
        f.known(2);
        called =
            CalledPartyNumber.decode(
                InapCodec.primitive(in, "calledPartyNumber"), in.valueOffset());
      } else if (t == CALLING) {
        f.known(3);
        calling =
            CallingPartyNumber.decode(
                InapCodec.primitive(in, "callingPartyNumber"), in.valueOffset());
      } else if (t == CATEGORY) {
        f.known(5);
        if (in.isConstructed() || in.length() != 1) {
          throw in.error("callingPartysCategory must be one octet");
        }
        category = in.value().get(0);
      } else if (t == EVENT_TYPE) {
        f.known(28);
        eventType = EventTypeBcsm.ofCode(in.longValue());
        if (eventType == null) {
          throw in.error("eventTypeBCSM is not defined");
        }
      } else {
        f.keep();
      }
    }
    if (serviceKey < 0) {
      throw new MalformedMessageException(
          "InitialDPArg without serviceKey", r.offset(), InapCodec.SPEC);
    }
    return new InitialDpArg(serviceKey, called, calling, category, eventType, f.unknown());
  }

  static void encode(InitialDpArg a, BerWriter w) {
    List<UnknownElement> u = a.unknown();
    boolean[] done = new boolean[u.size()];
    int m = w.start(BerTag.SEQUENCE);
    SequenceFields.writeAfter(w, u, UnknownElement.AT_START, done);
    w.integer(SERVICE_KEY, a.serviceKey());
    SequenceFields.writeAfter(w, u, SERVICE_KEY, done);
    if (a.calledPartyNumber() != null) {
      w.octetString(CALLED, a.calledPartyNumber().encode());
      SequenceFields.writeAfter(w, u, CALLED, done);
    }
    if (a.callingPartyNumber() != null) {
      w.octetString(CALLING, a.callingPartyNumber().encode());
      SequenceFields.writeAfter(w, u, CALLING, done);
    }
    if (a.callingPartysCategory() >= 0) {
      w.octetString(CATEGORY, org.ss7sim.wire.Octets.ofUnsigned(a.callingPartysCategory()));
      SequenceFields.writeAfter(w, u, CATEGORY, done);
    }
    if (a.eventTypeBcsm() != null) {
      w.integer(EVENT_TYPE, a.eventTypeBcsm().code());
      SequenceFields.writeAfter(w, u, EVENT_TYPE, done);
    }
    SequenceFields.writeRest(w, u, done);
    w.end(m);
  }

  static ConnectArg connect(BerReader r) throws MalformedMessageException {
    SequenceFields f = new SequenceFields(InapCodec.sequence(r, "ConnectArg"));
    BerReader in = f.reader();
    List<CalledPartyNumber> dra = null;
    for (int t = f.next(); t != -1; t = f.next()) {
      if (t == DRA) {
        f.known(0);
        dra = new ArrayList<>(1);
        BerReader list = in.enter();
        while (list.hasNext()) {
          list.expect(BerTag.OCTET_STRING, "CalledPartyNumber");
          if (dra.size() == ConnectArg.MAX_ADDRESSES) {
            throw list.error("more than " + ConnectArg.MAX_ADDRESSES + " routing addresses");
          }
          dra.add(CalledPartyNumber.decode(list.value(), list.valueOffset()));
        }
        if (dra.isEmpty()) {
          throw in.error("empty destinationRoutingAddress");
        }
      } else {
        f.keep();
      }
    }
    if (dra == null) {
      throw new MalformedMessageException(
          "ConnectArg without destinationRoutingAddress", r.offset(), InapCodec.SPEC);
    }
    return new ConnectArg(dra, f.unknown());
  }

  static void encode(ConnectArg a, BerWriter w) {
    List<UnknownElement> u = a.unknown();
    boolean[] done = new boolean[u.size()];
    int m = w.start(BerTag.SEQUENCE);
    SequenceFields.writeAfter(w, u, UnknownElement.AT_START, done);
    int d = w.start(DRA);
    for (CalledPartyNumber n : a.destinationRoutingAddress()) {
      w.octetString(BerTag.OCTET_STRING, n.encode());
    }
    w.end(d);
    SequenceFields.writeAfter(w, u, DRA, done);
    SequenceFields.writeRest(w, u, done);
    w.end(m);
  }

  static ApplyChargingArg applyCharging(BerReader r) throws MalformedMessageException {
    SequenceFields f = new SequenceFields(InapCodec.sequence(r, "ApplyChargingArg"));
    BerReader in = f.reader();
    org.ss7sim.wire.Octets ach = null;
    LegId party = null;
    for (int t = f.next(); t != -1; t = f.next()) {
      if (t == ACH) {
        f.known(0);
        ach = in.value();
      } else if (t == PARTY_TO_CHARGE) {
        f.known(2);
        party = BcsmCodec.legId(in);
      } else {
        f.keep();
      }
    }
    if (ach == null) {
      throw new MalformedMessageException(
          "ApplyChargingArg without aChBillingChargingCharacteristics", r.offset(), InapCodec.SPEC);
    }
    return new ApplyChargingArg(ach, party, f.unknown());
  }

  static void encode(ApplyChargingArg a, BerWriter w) {
    List<UnknownElement> u = a.unknown();
    boolean[] done = new boolean[u.size()];
    int m = w.start(BerTag.SEQUENCE);
    SequenceFields.writeAfter(w, u, UnknownElement.AT_START, done);
    w.octetString(ACH, a.billingChargingCharacteristics());
    SequenceFields.writeAfter(w, u, ACH, done);
    if (a.partyToCharge() != null) {
      BcsmCodec.writeLegId(PARTY_TO_CHARGE, a.partyToCharge(), w);
      SequenceFields.writeAfter(w, u, PARTY_TO_CHARGE, done);
    }
    SequenceFields.writeRest(w, u, done);
    w.end(m);
  }
}
