package org.ss7sim.cap.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * {@code CallingPartyNumber ::= OCTET STRING (SIZE (2..10))} (TS 29.078 §5.1): the contents of the
 * ISUP Calling Party Number parameter (Q.763 §3.10).
 *
 * <pre>
 *        8     7 6 5 4 3 2 1
 *   1   O/E   nature of address indicator
 *   2   NI    numbering plan | presentation (2) | screening (2)
 *   3.. 2nd address signal | 1st address signal ...
 * </pre>
 *
 * @param numberIncomplete the NI indicator
 * @param presentation 0 allowed, 1 restricted, 2 address not available
 * @param screening 1 user provided, verified and passed; 3 network provided
 * @param filler the filler nibble of an odd count, as received (0 when sending)
 */
public record CallingPartyNumber(
    int natureOfAddress,
    boolean numberIncomplete,
    int numberingPlan,
    int presentation,
    int screening,
    String digits,
    int filler) {
  public static final BerCodec<CallingPartyNumber> CODEC =
      new BerCodec<>() {
        @Override
        public CallingPartyNumber decode(BerReader r) throws MalformedMessageException {
          Octets v = r.octets();
          if (v.length() < 2 || v.length() > 10) {
            throw r.error("CallingPartyNumber of " + v.length() + " octets (2..10 allowed)");
          }
          boolean odd = (v.get(0) & 0x80) != 0;
          if (odd && v.length() == 2) {
            throw r.error("CallingPartyNumber is odd but has no address signals");
          }
          int o2 = v.get(1);
          return new CallingPartyNumber(
              v.get(0) & 0x7f,
              (o2 & 0x80) != 0,
              (o2 >> 4) & 0x07,
              (o2 >> 2) & 0x03,
              o2 & 0x03,
              IsupDigits.decode(v, 2, odd),
              IsupDigits.filler(v, 2, odd));
        }

        @Override
        public void encode(CallingPartyNumber n, int tag, BerWriter out) {
          out.octetString(tag, n.encode());
        }

        @Override
        public int defaultTag() {
          return BerTag.OCTET_STRING;
        }
      };

  public CallingPartyNumber {
    if (natureOfAddress < 0 || natureOfAddress > 0x7f || numberingPlan < 0 || numberingPlan > 7) {
      throw new IllegalArgumentException("nature/plan out of range");
    }
    if (presentation < 0 || presentation > 3 || screening < 0 || screening > 3) {
      throw new IllegalArgumentException("presentation/screening out of range");
    }
    IsupDigits.check(digits, filler);
    if (digits.length() > 16) {
      throw new IllegalArgumentException("more than 16 digits");
    }
  }

  /** An ISDN-plan number, presentation allowed, network provided. */
  public static CallingPartyNumber of(int natureOfAddress, String digits) {
    return new CallingPartyNumber(natureOfAddress, false, 1, 0, 3, digits, 0);
  }

  /** The contents octets. */
  public Octets encode() {
    return IsupDigits.encode(
        natureOfAddress,
        (numberIncomplete ? 0x80 : 0) | numberingPlan << 4 | presentation << 2 | screening,
        digits,
        filler);
  }
}
