package org.ss7sim.map.common;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/** LMSI ::= OCTET STRING (SIZE (4)) (TS 29.002 §17.7.8), a local identity the VLR allocates. */
public record Lmsi(Octets value) {
  public static final BerCodec<Lmsi> CODEC =
      new BerCodec<>() {
        @Override
        public Lmsi decode(BerReader r) throws MalformedMessageException {
          Octets v = r.octets();
          if (v.length() != 4) {
            throw r.error("LMSI of " + v.length() + " octets (4 required)");
          }
          return new Lmsi(v);
        }

        @Override
        public void encode(Lmsi v, int tag, BerWriter out) {
          out.octetString(tag, v.value);
        }

        @Override
        public int defaultTag() {
          return BerTag.OCTET_STRING;
        }
      };

  public Lmsi {
    if (value.length() != 4) {
      throw new IllegalArgumentException("LMSI is 4 octets");
    }
  }
}
