package org.ss7sim.map.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.map.dialogue.MapDialoguePdu;
import org.ss7sim.map.sms.SmsDirection;
import org.ss7sim.map.sms.SmsTpduCodec;
import org.ss7sim.testkit.GoldenVector;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerWriter;

/**
 * Mutation fuzzing of the golden vectors: every truncation and four mutations of every octet of
 * every MAP parameter, dialogue PDU and TPDU vector. A decoder may accept the bytes or throw {@link
 * MalformedMessageException}, nothing else; what it accepts must encode again.
 */
class MapDecoderFuzzTest {
  private static final int[] MUTATIONS = {0x01, 0x80, 0x20, 0xff};

  interface Decoder {
    void run(Octets bytes) throws MalformedMessageException;
  }

  private static List<Octets> mutants(Octets v) {
    List<Octets> out = new java.util.ArrayList<>();
    for (int n = 0; n < v.length(); n++) {
      out.add(v.slice(0, n));
    }
    byte[] b = v.toByteArray();
    for (int i = 0; i < b.length; i++) {
      for (int m : MUTATIONS) {
        byte[] c = b.clone();
        c[i] ^= (byte) m;
        out.add(Octets.wrap(c));
      }
      byte[] z = b.clone();
      z[i] = 0;
      out.add(Octets.wrap(z));
    }
    return out;
  }

  private static int fuzz(Octets vector, Decoder d) {
    int accepted = 0;
    for (Octets m : mutants(vector)) {
      try {
        d.run(m);
        accepted++;
      } catch (MalformedMessageException expected) {
        // the one exception a decoder may throw
      } catch (RuntimeException e) {
        throw new AssertionError("decoder threw " + e + " on " + m.toHex(), e);
      }
    }
    return accepted;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void decodeAndEncode(BerCodec codec, Octets bytes)
      throws MalformedMessageException {
    Object v = codec.decode(bytes);
    WireWriter w = new WireWriter();
    codec.encode(v, codec.tagFor(v, codec.defaultTag()), new BerWriter(w));
  }

  @Test
  void mutated_map_parameters_are_accepted_or_rejected_as_malformed_never_crash() {
    int vectors = 0;
    for (GoldenVector v : GoldenVectors.tsv("gsm_map.tsv")) {
      if (v.name().startsWith("jss7-MAP")) {
        fuzz(v.bytes(), b -> MapDialoguePdu.encode(MapDialoguePdu.decode(b)));
        vectors++;
        continue;
      }
      BerCodec<?> codec = codecFor(v.name());
      if (codec != null) {
        fuzz(v.bytes(), b -> decodeAndEncode(codec, b));
        vectors++;
      }
    }
    assertThat(vectors).isGreaterThan(70);
  }

  @Test
  void mutated_tpdus_are_accepted_or_rejected_as_malformed_never_crash() {
    for (GoldenVector v : GoldenVectors.tsv("sms_tpdu.tsv", n -> n.startsWith("jss7-Sms"))) {
      for (SmsDirection dir : SmsDirection.values()) {
        fuzz(v.bytes(), b -> SmsTpduCodec.encode(SmsTpduCodec.decode(b, dir)));
      }
    }
  }

  private static BerCodec<?> codecFor(String name) {
    for (GsmMapVectorsTest.Case c : GsmMapVectorsTest.CASES) {
      String p = c.prefix();
      if (p.endsWith("\t") ? name.equals(p.strip()) : name.startsWith(p)) {
        return c.codec();
      }
    }
    return null;
  }
}
