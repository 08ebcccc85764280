package org.ss7sim.wire.gsm;

import org.ss7sim.wire.Digits;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/** IMSI ::= TBCD-STRING (SIZE (3..8)) (TS 29.002 §17.7.8): MCC, MNC and MSIN, up to 15 digits. */
public record Imsi(String digits) {
  public static final BerCodec<Imsi> CODEC =
      new BerCodec<>() {
        @Override
        public Imsi decode(BerReader r) throws MalformedMessageException {
          var v = r.octets();
          if (v.length() < 3 || v.length() > 8) {
            throw r.error("IMSI of " + v.length() + " octets (3..8 allowed)");
          }
          return new Imsi(Digits.decodeTbcd(v));
        }

        @Override
        public void encode(Imsi v, int tag, BerWriter out) {
          out.octetString(tag, Digits.encodeTbcd(v.digits));
        }

        @Override
        public int defaultTag() {
          return BerTag.OCTET_STRING;
        }
      };

  public Imsi {
    if (digits.length() < 5
        || digits.length() > 16
        || !digits.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not an IMSI: " + digits);
    }
  }

  @Override
  public String toString() {
    return digits;
  }
}
