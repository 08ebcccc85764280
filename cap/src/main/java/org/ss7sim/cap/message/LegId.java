package org.ss7sim.cap.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerWriter;

/**
 * A call leg (TS 29.078 §5.1 with CS1-DataTypes): {@code LegID ::= CHOICE {sendingSideID [0]
 * LegType, receivingSideID [1] LegType}}, {@code LegType ::= OCTET STRING (SIZE (1))} with leg1
 * '01'H (the calling party) and leg2 '02'H (the called party). {@code SendingSideID} and {@code
 * ReceivingSideID} are the one-alternative CHOICEs of the same two tags. Where a field is tagged,
 * the CHOICE sits inside the field's explicit tag ({@code a2 03 80 01 02}).
 *
 * @param sending sendingSideID ([0]) or receivingSideID ([1])
 * @param leg the LegType octet
 */
public record LegId(boolean sending, int leg) {
  public static final int LEG1 = 1;
  public static final int LEG2 = 2;

  /** The untagged CHOICE. */
  public static final BerCodec<LegId> CODEC =
      new BerCodec<>() {
        @Override
        public LegId decode(BerReader r) throws MalformedMessageException {
          if (r.tag() != 0x80 && r.tag() != 0x81) {
            throw r.error("LegID must be [0] sendingSideID or [1] receivingSideID");
          }
          Octets v = r.octets();
          if (v.length() != 1) {
            throw r.error("LegType of " + v.length() + " octets (1 expected)");
          }
          return new LegId(r.tag() == 0x80, v.get(0));
        }

        @Override
        public void encode(LegId v, int tag, BerWriter out) {
          out.octetString(tag, Octets.ofUnsigned(v.leg));
        }

        @Override
        public int defaultTag() {
          return 0x80;
        }

        @Override
        public boolean acceptsTag(int tag) {
          return tag == 0x80 || tag == 0x81;
        }

        @Override
        public int tagFor(LegId v, int fieldTag) {
          return v.sending ? 0x80 : 0x81;
        }
      };

  public LegId {
    if (leg < 0 || leg > 0xff) {
      throw new IllegalArgumentException("LegType out of range: " + leg);
    }
  }

  public static LegId sending(int leg) {
    return new LegId(true, leg);
  }

  public static LegId receiving(int leg) {
    return new LegId(false, leg);
  }

  @Override
  public String toString() {
    return (sending ? "sending" : "receiving") + "Leg" + leg;
  }
}
