package org.ss7sim.map.message;

import java.util.List;
import org.ss7sim.map.auth.AuthenticationQuintuplet;
import org.ss7sim.map.auth.AuthenticationTriplet;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.ber.Codecs;

/**
 * AuthenticationSetList ::= CHOICE { tripletList [0] TripletList, quintupletList [1] QuintupletList
 * } (TS 29.002 §17.7.2); TripletList is SEQUENCE SIZE (1..5) OF AuthenticationTriplet ::= SEQUENCE
 * { rand, sres, kc, ... }, QuintupletList of AuthenticationQuintuplet ::= SEQUENCE { rand, xres,
 * ck, ik, autn, ... }. Exactly one list is set.
 */
public record AuthenticationSetList(
    List<AuthenticationTriplet> triplets, List<AuthenticationQuintuplet> quintuplets) {
  public AuthenticationSetList {
    if ((triplets == null) == (quintuplets == null)) {
      throw new IllegalArgumentException("exactly one of triplets and quintuplets");
    }
    triplets = triplets == null ? null : List.copyOf(triplets);
    quintuplets = quintuplets == null ? null : List.copyOf(quintuplets);
  }

  /** AuthenticationTriplet (also the v2 AuthenticationSet). */
  public static final BerCodec<AuthenticationTriplet> TRIPLET =
      new BerCodec<>() {
        @Override
        public AuthenticationTriplet decode(BerReader r) throws MalformedMessageException {
          BerReader s = r.enter();
          Octets rand = octets(s, "rand", 16);
          Octets sres = octets(s, "sres", 4);
          Octets kc = octets(s, "kc", 8);
          return new AuthenticationTriplet(rand, sres, kc);
        }

        @Override
        public void encode(AuthenticationTriplet v, int tag, BerWriter out) {
          int m = out.start(tag);
          out.octetString(BerTag.OCTET_STRING, v.rand());
          out.octetString(BerTag.OCTET_STRING, v.sres());
          out.octetString(BerTag.OCTET_STRING, v.kc());
          out.end(m);
        }

        @Override
        public int defaultTag() {
          return BerTag.SEQUENCE;
        }
      };

  public static final BerCodec<AuthenticationQuintuplet> QUINTUPLET =
      new BerCodec<>() {
        @Override
        public AuthenticationQuintuplet decode(BerReader r) throws MalformedMessageException {
          BerReader s = r.enter();
          Octets rand = octets(s, "rand", 16);
          s.expect(BerTag.OCTET_STRING, "xres");
          Octets xres = s.octets();
          if (xres.length() < 4 || xres.length() > 16) {
            throw s.error("XRES of " + xres.length() + " octets");
          }
          Octets ck = octets(s, "ck", 16);
          Octets ik = octets(s, "ik", 16);
          Octets autn = octets(s, "autn", 16);
          return new AuthenticationQuintuplet(rand, xres, ck, ik, autn);
        }

        @Override
        public void encode(AuthenticationQuintuplet v, int tag, BerWriter out) {
          int m = out.start(tag);
          out.octetString(BerTag.OCTET_STRING, v.rand());
          out.octetString(BerTag.OCTET_STRING, v.xres());
          out.octetString(BerTag.OCTET_STRING, v.ck());
          out.octetString(BerTag.OCTET_STRING, v.ik());
          out.octetString(BerTag.OCTET_STRING, v.autn());
          out.end(m);
        }

        @Override
        public int defaultTag() {
          return BerTag.SEQUENCE;
        }
      };

  private static Octets octets(BerReader s, String what, int size)
      throws MalformedMessageException {
    s.expect(BerTag.OCTET_STRING, what);
    Octets v = s.octets();
    if (v.length() != size) {
      throw s.error(what + " of " + v.length() + " octets (" + size + " required)");
    }
    return v;
  }

  public static final BerCodec<AuthenticationSetList> CODEC =
      new BerCodec<>() {
        @Override
        public AuthenticationSetList decode(BerReader r) throws MalformedMessageException {
          return switch (r.tag()) {
            case 0xa0 -> new AuthenticationSetList(Codecs.sequenceOf(TRIPLET, 5).decode(r), null);
            case 0xa1 ->
                new AuthenticationSetList(null, Codecs.sequenceOf(QUINTUPLET, 5).decode(r));
            default -> throw r.error("not an AuthenticationSetList alternative");
          };
        }

        @Override
        public void encode(AuthenticationSetList v, int tag, BerWriter out) {
          if (v.triplets != null) {
            Codecs.sequenceOf(TRIPLET, 5).encode(v.triplets, 0xa0, out);
          } else {
            Codecs.sequenceOf(QUINTUPLET, 5).encode(v.quintuplets, 0xa1, out);
          }
        }

        @Override
        public int defaultTag() {
          return 0xa0;
        }

        @Override
        public boolean acceptsTag(int tag) {
          return tag == 0xa0 || tag == 0xa1;
        }

        @Override
        public int tagFor(AuthenticationSetList v, int fieldTag) {
          return v.triplets != null ? 0xa0 : 0xa1;
        }
      };
}
