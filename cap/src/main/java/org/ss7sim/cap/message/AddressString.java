package org.ss7sim.cap.message;

import org.ss7sim.cap.ber.BerCodec;
import org.ss7sim.wire.Digits;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * AddressString / ISDN-AddressString / SMS-AddressString (TS 29.002 §17.7.8, imported by TS 29.078
 * §5.1): one octet with the extension bit set, nature of address (3 bits) and numbering plan (4
 * bits), then TBCD digits (filler 1111 for an odd count). Used for mscAddress, sMSCAddress, the
 * calling party of an SMS and gsmSCF addresses.
 *
 * @param nature 0 unknown, 1 international, 2 national significant, 4 subscriber
 * @param numberingPlan 1 ISDN (E.164), 6 land mobile (E.212)
 */
public record AddressString(int nature, int numberingPlan, String digits) {
  public static final int INTERNATIONAL = 1;
  public static final int ISDN = 1;

  public static final BerCodec<AddressString> CODEC =
      new BerCodec<>() {
        @Override
        public AddressString decode(BerReader r) throws MalformedMessageException {
          Octets v = r.octets();
          if (v.isEmpty() || v.length() > 20) {
            throw r.error("AddressString of " + v.length() + " octets (1..20 allowed)");
          }
          int h = v.get(0);
          if ((h & 0x80) == 0) {
            throw r.error("AddressString extension bit not set");
          }
          return new AddressString((h >> 4) & 7, h & 0x0f, Digits.decodeTbcd(v.slice(1)));
        }

        @Override
        public void encode(AddressString a, int tag, BerWriter out) {
          out.octetString(
              tag,
              Octets.of((byte) (0x80 | a.nature << 4 | a.numberingPlan))
                  .concat(Digits.encodeTbcd(a.digits)));
        }

        @Override
        public int defaultTag() {
          return BerTag.OCTET_STRING;
        }
      };

  public AddressString {
    if (nature < 0 || nature > 7 || numberingPlan < 0 || numberingPlan > 15) {
      throw new IllegalArgumentException("nature/plan out of range");
    }
    if (digits.length() > 38) {
      throw new IllegalArgumentException("too many digits: " + digits.length());
    }
  }

  /** An international E.164 number. */
  public static AddressString international(String digits) {
    return new AddressString(INTERNATIONAL, ISDN, digits);
  }
}
