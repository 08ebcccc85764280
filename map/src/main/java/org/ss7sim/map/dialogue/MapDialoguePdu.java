package org.ss7sim.map.dialogue;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
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

  /**
   * The TCAP user information carrying {@code pdu}: one EXTERNAL (X.690 §8.18) with
   * direct-reference map-DialogueAS and the PDU as single-ASN1-type [0].
   */
  public static Octets toUserInformation(Object pdu) {
    Octets encoded = encode(pdu);
    WireWriter w = new WireWriter(encoded.length() + 16);
    BerWriter b = new BerWriter(w);
    int ext = b.start(BerTag.EXTERNAL);
    b.oid(MAP_DIALOGUE_AS);
    int single = b.start(0xa0);
    b.raw(encoded);
    b.end(single);
    b.end(ext);
    return w.toOctets();
  }

  /**
   * The MAP dialogue PDU in TCAP user information (its EXTERNALs), or null when none of them is of
   * map-DialogueAS.
   */
  public static Object fromUserInformation(Octets userInformation)
      throws MalformedMessageException {
    BerReader r = BerReader.of(userInformation);
    while (r.hasNext()) {
      r.next();
      if (r.tag() != BerTag.EXTERNAL) {
        throw r.error("user information holds something other than an EXTERNAL");
      }
      BerReader ext = r.enter();
      if (ext.peekTag() != BerTag.OBJECT_IDENTIFIER) {
        continue;
      }
      ext.next();
      ObjectIdentifier ref = ext.oid();
      if (!ref.equals(MAP_DIALOGUE_AS)) {
        continue;
      }
      while (ext.hasNext()) {
        int t = ext.next();
        if (t == 0xa0) {
          BerReader single = ext.enter();
          single.next();
          return decode(single.element());
        }
      }
      throw r.error("map-DialogueAS EXTERNAL without single-ASN1-type");
    }
    return null;
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
