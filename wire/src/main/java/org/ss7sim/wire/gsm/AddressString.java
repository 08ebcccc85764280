package org.ss7sim.wire.gsm;

import org.ss7sim.wire.Digits;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * AddressString / ISDN-AddressString / SMS-AddressString (TS 29.002 §17.7.8, imported by TS 29.078
 * §5.1): one octet of extension (1), nature of address (3 bits) and numbering plan (4 bits), then
 * TBCD digits. ISDN-AddressString limits the digits to 9 octets; AddressString to 19.
 *
 * <pre>
 *   8   | 7 6 5             | 4 3 2 1
 *   ext | nature of address | numbering plan indicator
 * </pre>
 *
 * @param nature 0 unknown, 1 international, 2 national significant, 3 network specific, 4
 *     subscriber, 6 abbreviated
 * @param numberingPlan 1 ISDN/telephony (E.164), 3 data (X.121), 4 telex, 6 land mobile (E.212), 8
 *     national, 9 private
 */
public record AddressString(int nature, int numberingPlan, String digits) {
  public static final int INTERNATIONAL = 1;
  public static final int ISDN = 1;
  public static final int LAND_MOBILE = 6;

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

  /** An international E.164 number (nature 1, plan 1). */
  public static AddressString international(String digits) {
    return new AddressString(INTERNATIONAL, ISDN, digits);
  }

  @Override
  public String toString() {
    return (nature == INTERNATIONAL ? "+" : "") + digits;
  }
}
