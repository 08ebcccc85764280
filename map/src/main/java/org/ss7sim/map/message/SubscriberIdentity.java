package org.ss7sim.map.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * SubscriberIdentity ::= CHOICE { imsi [0] IMSI, msisdn [1] ISDN-AddressString } (TS 29.002
 * §17.7.1); exactly one of the two is set.
 */
public record SubscriberIdentity(Imsi imsi, AddressString msisdn) {
  public SubscriberIdentity {
    if ((imsi == null) == (msisdn == null)) {
      throw new IllegalArgumentException("exactly one of imsi and msisdn");
    }
  }

  public static final BerCodec<SubscriberIdentity> CODEC =
      new BerCodec<>() {
        @Override
        public SubscriberIdentity decode(BerReader r) throws MalformedMessageException {
          return switch (r.tag()) {
            case 0x80 -> new SubscriberIdentity(Imsi.CODEC.decode(r), null);
            case 0x81 -> new SubscriberIdentity(null, AddressString.CODEC.decode(r));
            default -> throw r.error("not a SubscriberIdentity alternative");
          };
        }

        @Override
        public void encode(SubscriberIdentity v, int tag, BerWriter out) {
          if (v.imsi != null) {
            Imsi.CODEC.encode(v.imsi, 0x80, out);
          } else {
            AddressString.CODEC.encode(v.msisdn, 0x81, out);
          }
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
        public int tagFor(SubscriberIdentity v, int fieldTag) {
          return v.imsi != null ? 0x80 : 0x81;
        }
      };
}
