package org.ss7sim.cap.message;

import org.ss7sim.wire.Digits;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * {@code CalledPartyBCDNumber ::= OCTET STRING (SIZE (1..41))} (TS 29.078 §5.1): the contents of
 * the Called party BCD number information element of TS 24.008 §10.5.4.7 from octet 3 on, as the MS
 * dialled it (InitialDP's calledPartyBCDNumber, InitialDPSMS's destinationSubscriberNumber).
 *
 * <pre>
 *        8     7 6 5            4 3 2 1
 *   3   ext   type of number | numbering plan
 *   4.. number digit 2 | number digit 1 ...   (0-9 * # a b c; filler 1111 for an odd count)
 * </pre>
 *
 * @param header octet 3 as received; the extension bit is not required (real MSCs send 0x11)
 */
public record CalledPartyBcdNumber(int header, String digits) {
  public static final BerCodec<CalledPartyBcdNumber> CODEC =
      new BerCodec<>() {
        @Override
        public CalledPartyBcdNumber decode(BerReader r) throws MalformedMessageException {
          Octets v = r.octets();
          if (v.isEmpty() || v.length() > 41) {
            throw r.error("CalledPartyBCDNumber of " + v.length() + " octets (1..41 allowed)");
          }
          return new CalledPartyBcdNumber(v.get(0), Digits.decodeTbcd(v.slice(1)));
        }

        @Override
        public void encode(CalledPartyBcdNumber n, int tag, BerWriter out) {
          out.octetString(tag, Octets.ofUnsigned(n.header).concat(Digits.encodeTbcd(n.digits)));
        }

        @Override
        public int defaultTag() {
          return BerTag.OCTET_STRING;
        }
      };

  public CalledPartyBcdNumber {
    if (header < 0 || header > 0xff) {
      throw new IllegalArgumentException("header octet out of range");
    }
    if (digits.length() > 80) {
      throw new IllegalArgumentException("too many digits: " + digits.length());
    }
  }

  /** An international ISDN number (octet 3 = 0x91). */
  public static CalledPartyBcdNumber international(String digits) {
    return new CalledPartyBcdNumber(0x91, digits);
  }

  /** Type of number: 0 unknown, 1 international, 2 national … */
  public int typeOfNumber() {
    return (header >> 4) & 0x07;
  }

  public int numberingPlan() {
    return header & 0x0f;
  }
}
