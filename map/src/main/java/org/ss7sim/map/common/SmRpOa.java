package org.ss7sim.map.common;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.gsm.AddressString;

/**
 * SM-RP-OA ::= CHOICE { msisdn [2] ISDN-AddressString, serviceCentreAddressOA [4] AddressString,
 * noSM-RP-OA [5] NULL } (TS 29.002 §7.6.8.2, §17.7.6).
 */
public sealed interface SmRpOa {
  record Msisdn(AddressString msisdn) implements SmRpOa {}

  record ServiceCentre(AddressString address) implements SmRpOa {}

  record None() implements SmRpOa {}

  BerCodec<SmRpOa> CODEC =
      new BerCodec<>() {
        @Override
        public SmRpOa decode(BerReader r) throws MalformedMessageException {
          return SmRpOa.decode(r);
        }

        @Override
        public void encode(SmRpOa v, int tag, BerWriter out) {
          SmRpOa.encode(v, out);
        }

        @Override
        public int defaultTag() {
          return BerTag.context(5);
        }

        @Override
        public boolean acceptsTag(int tag) {
          return tag == 0x82 || tag == 0x84 || tag == 0x85;
        }

        @Override
        public int tagFor(SmRpOa v, int fieldTag) {
          return 0;
        }
      };

  static boolean isChoiceTag(int tag) {
    return tag == 0x82 || tag == 0x84 || tag == 0x85;
  }

  static SmRpOa decode(BerReader r) throws MalformedMessageException {
    return switch (r.tag()) {
      case 0x82 -> new Msisdn(AddressString.CODEC.decode(r));
      case 0x84 -> new ServiceCentre(AddressString.CODEC.decode(r));
      case 0x85 -> {
        r.nullValue();
        yield new None();
      }
      default -> throw r.error("not an SM-RP-OA alternative");
    };
  }

  static void encode(SmRpOa v, BerWriter out) {
    if (v instanceof Msisdn m) {
      AddressString.CODEC.encode(m.msisdn(), BerTag.context(2), out);
    } else if (v instanceof ServiceCentre s) {
      AddressString.CODEC.encode(s.address(), BerTag.context(4), out);
    } else {
      out.nullValue(BerTag.context(5));
    }
  }
}
