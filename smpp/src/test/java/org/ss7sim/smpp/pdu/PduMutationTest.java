package org.ss7sim.smpp.pdu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ss7sim.testkit.GoldenVector;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Mutation fuzzing of the golden PDUs: flipped, inserted and removed octets (with command_length
 * kept consistent half the time). Decoding either succeeds, and then re-encodes to the very same
 * octets (lossless), or fails with a {@link MalformedMessageException}; nothing else.
 */
public class PduMutationTest {
  private static final int ROUNDS_PER_VECTOR = 400;

  @Test
  void mutated_pdus_decode_losslessly_or_fail_with_the_one_decode_exception() {
    Random random = new Random(0x5339_0009L);
    List<Octets> seeds = new ArrayList<>();
    for (GoldenVector v : GoldenVectors.tsv("smpp.tsv")) {
      seeds.addAll(PduCodecGoldenTest.split(v.bytes()));
    }
    for (SampleSession.Step s : SampleSession.steps()) {
      seeds.add(Octets.wrap(PduCodec.encode(s.pdu())));
    }
    int decoded = 0;
    int rejected = 0;
    for (Octets seed : seeds) {
      for (int round = 0; round < ROUNDS_PER_VECTOR; round++) {
        byte[] m = mutate(seed.toByteArray(), random);
        try {
          Pdu pdu = PduCodec.decode(Octets.wrap(m));
          assertThat(Octets.wrap(PduCodec.encode(pdu)))
              .as("re-encoding of %s", Octets.wrap(m))
              .isEqualTo(Octets.wrap(m));
          decoded++;
        } catch (MalformedMessageException e) {
          rejected++;
        }
      }
    }
    assertThat(decoded).isPositive();
    assertThat(rejected).isPositive();
  }

  public static byte[] mutate(byte[] in, Random random) {
    byte[] b = in;
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int kind = random.nextInt(4);
      if (kind <= 1 && b.length > 0) {
        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
      } else if (kind == 2) {
        int at = random.nextInt(b.length + 1);
        byte[] c = new byte[b.length + 1];
        System.arraycopy(b, 0, c, 0, at);
        c[at] = (byte) random.nextInt(256);
        System.arraycopy(b, at, c, at + 1, b.length - at);
        b = c;
      } else if (b.length > 1) {
        int at = random.nextInt(b.length);
        byte[] c = new byte[b.length - 1];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, at + 1, c, at, b.length - at - 1);
        b = c;
      }
    }
    if (random.nextBoolean() && b.length >= 4) {
      b[0] = (byte) (b.length >>> 24);
      b[1] = (byte) (b.length >>> 16);
      b[2] = (byte) (b.length >>> 8);
      b[3] = (byte) b.length;
    }
    return b;
  }
}
