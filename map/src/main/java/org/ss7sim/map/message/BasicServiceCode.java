package org.ss7sim.map.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerWriter;

/**
 * BasicServiceCode ::= CHOICE { bearerService [2] BearerServiceCode, teleservice [3]
 * TeleserviceCode } (TS 29.002 §17.7.10), both OCTET STRING (SIZE (1)).
 *
 * @param bearer true for a bearer service code, false for a teleservice code
 */
public record BasicServiceCode(boolean bearer, int code) {
  private static final int BEARER = 0x82;
  private static final int TELESERVICE = 0x83;

  /** allTeleservices. */
  public static final BasicServiceCode ALL_TELESERVICES = teleservice(0x00);

  /** allSpeechTransmissionServices. */
  public static final BasicServiceCode SPEECH = teleservice(0x10);

  public static final BasicServiceCode TELEPHONY = teleservice(0x11);

  /** allShortMessageServices. */
  public static final BasicServiceCode SHORT_MESSAGES = teleservice(0x20);

  public static final BerCodec<BasicServiceCode> CODEC =
      new BerCodec<>() {
        @Override
        public BasicServiceCode decode(BerReader r) throws MalformedMessageException {
          if (r.tag() != BEARER && r.tag() != TELESERVICE) {
            throw r.error("not a BasicServiceCode alternative");
          }
          Octets v = r.octets();
          if (v.length() != 1) {
            throw r.error("BasicServiceCode of " + v.length() + " octets (1 allowed)");
          }
          return new BasicServiceCode(r.tag() == BEARER, v.get(0) & 0xff);
        }

        @Override
        public void encode(BasicServiceCode v, int tag, BerWriter out) {
          out.octetString(v.bearer ? BEARER : TELESERVICE, Octets.ofUnsigned(v.code));
        }

        @Override
        public int defaultTag() {
          return TELESERVICE;
        }

        @Override
        public boolean acceptsTag(int tag) {
          return tag == BEARER || tag == TELESERVICE;
        }

        @Override
        public int tagFor(BasicServiceCode v, int fieldTag) {
          return v.bearer ? BEARER : TELESERVICE;
        }
      };

  public BasicServiceCode {
    if (code < 0 || code > 0xff) {
      throw new IllegalArgumentException("basic service code out of range: " + code);
    }
  }

  public static BasicServiceCode teleservice(int code) {
    return new BasicServiceCode(false, code);
  }

  public static BasicServiceCode bearerService(int code) {
    return new BasicServiceCode(true, code);
  }
}
