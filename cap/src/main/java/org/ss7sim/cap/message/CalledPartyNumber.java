package org.ss7sim.cap.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * {@code CalledPartyNumber ::= OCTET STRING (SIZE (2..16))} (TS 29.078 §5.1): the contents of the
 * ISUP Called Party Number parameter (Q.763 §3.9). Also the element of DestinationRoutingAddress.
 *
 * <pre>
 *        8     7 6 5 4 3 2 1
 *   1   O/E   nature of address indicator
 *   2   INN   numbering plan | spare (4 bits)
 *   3.. 2nd address signal | 1st address signal ...   (odd count: filler in the last high nibble)
 * </pre>
 *
 * @param natureOfAddress 1 subscriber, 2 unknown, 3 national, 4 international (Q.763 §3.9 b)
 * @param innNotAllowed the INN indicator: routing to an internal network number not allowed
 * @param numberingPlan 1 ISDN (E.164)
 * @param digits address signals {@code 0-9}, {@code b}/{@code c} (code 11/12), {@code f} (ST)
 * @param spare the four spare bits of octet 2, as received (0 when sending)
 * @param filler the filler nibble of an odd count, as received (0 when sending)
 */
public record CalledPartyNumber(
    int natureOfAddress,
    boolean innNotAllowed,
    int numberingPlan,
    String digits,
    int spare,
    int filler) {
  public static final int NATIONAL = 3;
  public static final int INTERNATIONAL = 4;
  public static final int UNKNOWN = 2;
  public static final int ISDN = 1;

  public static final BerCodec<CalledPartyNumber> CODEC =
      new BerCodec<>() {
        @Override
        public CalledPartyNumber decode(BerReader r) throws MalformedMessageException {
          Octets v = r.octets();
          if (v.length() < 2 || v.length() > 16) {
            throw r.error("CalledPartyNumber of " + v.length() + " octets (2..16 allowed)");
          }
          boolean odd = (v.get(0) & 0x80) != 0;
          if (odd && v.length() == 2) {
            throw r.error("CalledPartyNumber is odd but has no address signals");
          }
          int o2 = v.get(1);
          return new CalledPartyNumber(
              v.get(0) & 0x7f,
              (o2 & 0x80) != 0,
              (o2 >> 4) & 0x07,
              IsupDigits.decode(v, 2, odd),
              o2 & 0x0f,
              IsupDigits.filler(v, 2, odd));
        }

        @Override
        public void encode(CalledPartyNumber n, int tag, BerWriter out) {
          out.octetString(tag, n.encode());
        }

        @Override
        public int defaultTag() {
          return BerTag.OCTET_STRING;
        }
      };

  public CalledPartyNumber {
    if (natureOfAddress < 0 || natureOfAddress > 0x7f || numberingPlan < 0 || numberingPlan > 7) {
      throw new IllegalArgumentException("nature/plan out of range");
    }
    if (spare < 0 || spare > 15) {
      throw new IllegalArgumentException("spare bits out of range: " + spare);
    }
    IsupDigits.check(digits, filler);
    if (digits.length() > 28) {
      throw new IllegalArgumentException("more than 28 digits");
    }
  }

  /** An ISDN-plan number, routing to internal network numbers allowed. */
  public static CalledPartyNumber of(int natureOfAddress, String digits) {
    return new CalledPartyNumber(natureOfAddress, false, ISDN, digits, 0, 0);
  }

  /** The contents octets. */
  public Octets encode() {
    return IsupDigits.encode(
        natureOfAddress, (innNotAllowed ? 0x80 : 0) | numberingPlan << 4 | spare, digits, filler);
  }
}
