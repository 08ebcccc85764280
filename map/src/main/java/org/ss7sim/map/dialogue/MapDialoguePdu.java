package org.ss7sim.map.dialogue;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * MAP-DialoguePDU ::= CHOICE { map-open [0], map-accept [1], map-close [2], map-refuse [3],
 * map-userAbort [4], map-providerAbort [5] } (TS 29.002 §17.3); one of the generated records.
 */
public final class MapDialoguePdu {
  /** map-DialogueAS: the abstract syntax of these PDUs in the TCAP user information. */
  public static final ObjectIdentifier MAP_DIALOGUE_AS = ObjectIdentifier.parse("0.4.0.0.1.1.1.1");

  private MapDialoguePdu() {}

  /** Decodes one MAP-DialoguePDU: a MapOpenInfo, MapAcceptInfo, … record. */
  public static Object decode(Octets bytes) throws MalformedMessageException {
    BerReader r = BerReader.of(bytes);
    r.next();
    try {
      return decode(r);
    } catch (IllegalArgumentException e) {
      throw r.error(e.getMessage());
    }
  }

  private static Object decode(BerReader r) throws MalformedMessageException {
    Object pdu =
        switch (r.tag()) {
          case 0xa0 -> MapOpenInfo.CODEC.decode(r);
          case 0xa1 -> MapAcceptInfo.CODEC.decode(r);
          case 0xa2 -> MapCloseInfo.CODEC.decode(r);
          case 0xa3 -> MapRefuseInfo.CODEC.decode(r);
          case 0xa4 -> MapUserAbortInfo.CODEC.decode(r);
          case 0xa5 -> MapProviderAbortInfo.CODEC.decode(r);
          default -> throw r.error("not a MAP-DialoguePDU alternative");
        };
    r.requireEnd("MAP-DialoguePDU");
    return pdu;
  }

  /** Encodes a MapOpenInfo, MapAcceptInfo, … record. */
  public static Octets encode(Object pdu) {
    WireWriter w = new WireWriter(64);
    BerWriter b = new BerWriter(w);
    if (pdu instanceof MapOpenInfo p) {
      MapOpenInfo.CODEC.encode(p, 0xa0, b);
    } else if (pdu instanceof MapAcceptInfo p) {
      MapAcceptInfo.CODEC.encode(p, 0xa1, b);
    } else if (pdu instanceof MapCloseInfo p) {
      MapCloseInfo.CODEC.encode(p, 0xa2, b);
    } else if (pdu instanceof MapRefuseInfo p) {
      MapRefuseInfo.CODEC.encode(p, 0xa3, b);
    } else if (pdu instanceof MapUserAbortInfo p) {
      MapUserAbortInfo.CODEC.encode(p, 0xa4, b);
    } else if (pdu instanceof MapProviderAbortInfo p) {
      MapProviderAbortInfo.CODEC.encode(p, 0xa5, b);
    } else {
      throw new IllegalArgumentException("not a MAP dialogue PDU: " + pdu);
    }
    return w.toOctets();
  }
}
