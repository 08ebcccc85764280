package org.ss7sim.map.common;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.ber.SequenceOut;
import org.ss7sim.wire.gsm.AddressString;

/**
 * LocationInformation (TS 29.002 §17.7.1), the parts a simulator uses; the others
 * (geographical/geodetic information, location number, selected LSA, EPS/CSG information …) are
 * kept as unmodelled elements.
 *
 * <pre>
 * LocationInformation ::= SEQUENCE {
 *   ageOfLocationInformation           INTEGER (0..32767)  OPTIONAL,
 *   geographicalInformation        [0] OCTET STRING        OPTIONAL,
 *   vlr-number                     [1] ISDN-AddressString  OPTIONAL,
 *   locationNumber                 [2] OCTET STRING        OPTIONAL,
 *   cellGlobalIdOrServiceAreaIdOrLAI [3] CHOICE { [0] OCTET STRING (7), [1] OCTET STRING (5) } OPTIONAL,
 *   extensionContainer             [4] ExtensionContainer  OPTIONAL,
 *   ..., selectedLSA-Id [5], msc-Number [6] ISDN-AddressString, geodeticInformation [7],
 *   currentLocationRetrieved [8] NULL, sai-Present [9] NULL, locationInformationEPS [10], userCSGInformation [11] }
 * </pre>
 */
public record LocationInformation(
    Integer ageOfLocationInformation,
    AddressString vlrNumber,
    CellGlobalId cellGlobalId,
    ExtensionContainer extensionContainer,
    AddressString mscNumber,
    boolean currentLocationRetrieved,
    List<RawElement> unmodelled) {
  private static final int[] ORDER = {
    0x02, 0x80, 0x81, 0x82, 0xa3, 0xa4, 0x85, 0x86, 0x87, 0x88, 0x89, 0xaa, 0xab
  };

  public LocationInformation {
    unmodelled = List.copyOf(unmodelled);
  }

  public static final BerCodec<LocationInformation> CODEC =
      new BerCodec<>() {
        @Override
        public LocationInformation decode(BerReader r) throws MalformedMessageException {
          BerReader s = r.enter();
          Integer age = null;
          AddressString vlr = null;
          AddressString msc = null;
          CellGlobalId cgi = null;
          ExtensionContainer ext = null;
          boolean current = false;
          List<RawElement> rest = new ArrayList<>();
          while (s.hasNext()) {
            switch (s.next()) {
              case BerTag.INTEGER -> age = s.intValue();
              case 0x81 -> vlr = AddressString.CODEC.decode(s);
              case 0xa3 -> {
                BerReader c = s.enter();
                int t = c.next();
                if (t != 0x80 && t != 0x81) {
                  throw c.error("not a CellGlobalIdOrServiceAreaIdOrLAI alternative");
                }
                try {
                  cgi = CellGlobalId.decode(c.octets());
                } catch (MalformedMessageException e) {
                  throw c.error(e.reason());
                }
                c.requireEnd("cellGlobalIdOrServiceAreaIdOrLAI");
              }
              case 0xa4 -> ext = ExtensionContainer.CODEC.decode(s);
              case 0x86 -> msc = AddressString.CODEC.decode(s);
              case 0x88 -> {
                s.nullValue();
                current = true;
              }
              default -> rest.add(RawElement.of(s));
            }
          }
          return new LocationInformation(age, vlr, cgi, ext, msc, current, rest);
        }

        @Override
        public void encode(LocationInformation v, int tag, BerWriter out) {
          int m = out.start(tag);
          SequenceOut o = new SequenceOut(out, ORDER, v.unmodelled);
          if (v.ageOfLocationInformation != null) {
            o.before(BerTag.INTEGER).integer(v.ageOfLocationInformation);
          }
          if (v.vlrNumber != null) {
            AddressString.CODEC.encode(v.vlrNumber, 0x81, o.before(0x81));
          }
          if (v.cellGlobalId != null) {
            int c = o.before(0xa3).start(0xa3);
            out.octetString(v.cellGlobalId.isLai() ? 0x81 : 0x80, v.cellGlobalId.encode());
            out.end(c);
          }
          if (v.extensionContainer != null) {
            ExtensionContainer.CODEC.encode(v.extensionContainer, 0xa4, o.before(0xa4));
          }
          if (v.mscNumber != null) {
            AddressString.CODEC.encode(v.mscNumber, 0x86, o.before(0x86));
          }
          if (v.currentLocationRetrieved) {
            o.before(0x88).nullValue(0x88);
          }
          o.finish();
          out.end(m);
        }

        @Override
        public int defaultTag() {
          return BerTag.SEQUENCE;
        }
      };
}
