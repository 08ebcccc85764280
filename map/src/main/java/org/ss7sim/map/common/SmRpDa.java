package org.ss7sim.map.common;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * SM-RP-DA ::= CHOICE { imsi [0] IMSI, lmsi [1] LMSI, serviceCentreAddressDA [4] AddressString,
 * noSM-RP-DA [5] NULL } (TS 29.002 §7.6.8.1, §17.7.6).
 */
public sealed interface SmRpDa {
  record ByImsi(Imsi imsi) implements SmRpDa {}

  record ByLmsi(Lmsi lmsi) implements SmRpDa {}

  record ServiceCentre(AddressString address) implements SmRpDa {}

  record None() implements SmRpDa {}

  BerCodec<SmRpDa> CODEC =
      new BerCodec<>() {
        @Override
        public SmRpDa decode(BerReader r) throws MalformedMessageException {
          return SmRpDa.decode(r);
        }

        @Override
        public void encode(SmRpDa v, int tag, BerWriter out) {
          SmRpDa.encode(v, out);
        }

        @Override
        public int defaultTag() {
          return BerTag.context(5);
        }

        @Override
        public boolean acceptsTag(int tag) {
          return tag == 0x80 || tag == 0x81 || tag == 0x84 || tag == 0x85;
        }

        @Override
        public int tagFor(SmRpDa v, int fieldTag) {
          return 0;
        }
      };

  static boolean isChoiceTag(int tag) {
    return tag == 0x80 || tag == 0x81 || tag == 0x84 || tag == 0x85;
  }

  static SmRpDa decode(BerReader r) throws MalformedMessageException {
    return switch (r.tag()) {
      case 0x80 -> new ByImsi(Imsi.CODEC.decode(r));
      case 0x81 -> new ByLmsi(Lmsi.CODEC.decode(r));
      case 0x84 -> new ServiceCentre(AddressString.CODEC.decode(r));
      case 0x85 -> {
        r.nullValue();
        yield new None();
      }
      default -> throw r.error("not an SM-RP-DA alternative");
    };
  }

  static void encode(SmRpDa v, BerWriter out) {
    if (v instanceof ByImsi i) {
      Imsi.CODEC.encode(i.imsi(), BerTag.context(0), out);
    } else if (v instanceof ByLmsi l) {
      Lmsi.CODEC.encode(l.lmsi(), BerTag.context(1), out);
    } else if (v instanceof ServiceCentre s) {
      AddressString.CODEC.encode(s.address(), BerTag.context(4), out);
    } else {
      out.nullValue(BerTag.context(5));
    }
  }
}
