package org.ss7sim.map.message;

import org.ss7sim.map.common.Lmsi;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.gsm.Imsi;

/**
 * Identity ::= CHOICE { imsi IMSI, imsi-WithLMSI IMSI-WithLMSI } with IMSI-WithLMSI ::= SEQUENCE {
 * imsi IMSI, lmsi LMSI, ... } (TS 29.002 §17.7.2).
 *
 * @param lmsi present for the imsi-WithLMSI alternative
 */
public record Identity(Imsi imsi, Lmsi lmsi) {
  public static final BerCodec<Identity> CODEC =
      new BerCodec<>() {
        @Override
        public Identity decode(BerReader r) throws MalformedMessageException {
          if (r.tag() == BerTag.OCTET_STRING) {
            return new Identity(Imsi.CODEC.decode(r), null);
          }
          BerReader s = r.enter();
          s.expect(BerTag.OCTET_STRING, "imsi");
          Imsi imsi = Imsi.CODEC.decode(s);
          s.expect(BerTag.OCTET_STRING, "lmsi");
          Lmsi lmsi = Lmsi.CODEC.decode(s);
          s.requireEnd("IMSI-WithLMSI");
          return new Identity(imsi, lmsi);
        }

        @Override
        public void encode(Identity v, int tag, BerWriter out) {
          if (v.lmsi == null) {
            Imsi.CODEC.encode(v.imsi, BerTag.OCTET_STRING, out);
          } else {
            int m = out.start(BerTag.SEQUENCE);
            Imsi.CODEC.encode(v.imsi, BerTag.OCTET_STRING, out);
            Lmsi.CODEC.encode(v.lmsi, BerTag.OCTET_STRING, out);
            out.end(m);
          }
        }

        @Override
        public int defaultTag() {
          return BerTag.OCTET_STRING;
        }

        @Override
        public boolean acceptsTag(int tag) {
          return tag == BerTag.OCTET_STRING || tag == BerTag.SEQUENCE;
        }

        @Override
        public int tagFor(Identity v, int fieldTag) {
          return v.lmsi == null ? BerTag.OCTET_STRING : BerTag.SEQUENCE;
        }
      };
}
