package org.ss7sim.sccp.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ss7sim.testkit.GoldenVector;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Mutation fuzzing of the connectionless golden vectors: flipped, truncated and extended bytes
 * either decode (and then re-encode to something that decodes to the same message) or are rejected
 * with {@link MalformedMessageException}, never another exception.
 */
class SccpMessageMutationTest {
  private static final int MUTATIONS_PER_VECTOR = 400;

  @Test
  void mutated_golden_vectors_decode_or_fail_with_malformed_message_only() {
    List<GoldenVector> vectors =
        GoldenVectors.tsv("sccp.tsv").stream()
            .filter(
                v ->
                    !v.bytes().isEmpty()
                        && SccpMessageType.fromCode(v.bytes().get(0)) != null
                        && SccpMessageType.fromCode(v.bytes().get(0)).connectionless())
            .toList();
    assertThat(vectors).hasSizeGreaterThan(15);
    Random random = new Random(4);
    int decoded = 0;
    int rejected = 0;
    for (GoldenVector v : vectors) {
      for (int i = 0; i < MUTATIONS_PER_VECTOR; i++) {
        Octets mutated = mutate(v.bytes(), random);
        SccpMessage m;
        try {
          m = SccpMessageCodec.decode(mutated);
        } catch (MalformedMessageException e) {
          rejected++;
          continue;
        }
        decoded++;
        Octets again;
        try {
          again = SccpMessageCodec.encode(m);
        } catch (IllegalArgumentException e) {
          continue; // e.g. parts laid out so that our canonical layout overflows a one-octet
          // pointer
        }
        try {
          assertThat(SccpMessageCodec.decode(again))
              .as("%s mutated to %s", v.name(), mutated)
              .isEqualTo(m);
        } catch (MalformedMessageException e) {
          throw new AssertionError(
              v.name() + " mutated to " + mutated + " re-encoded undecodable: " + e, e);
        }
      }
    }
    assertThat(decoded).isPositive();
    assertThat(rejected).isPositive();
  }

  private static Octets mutate(Octets original, Random random) {
    byte[] b = original.toByteArray();
    switch (random.nextInt(4)) {
      case 0 -> {
        int flips = 1 + random.nextInt(3);
        for (int k = 0; k < flips; k++) {
          b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return Octets.wrap(b);
      }
      case 1 -> {
        b[random.nextInt(Math.min(b.length, 12))] = (byte) random.nextInt(256);
        return Octets.wrap(b);
      }
      case 2 -> {
        return Octets.wrap(b).slice(0, random.nextInt(b.length));
      }
      default -> {
        byte[] longer = new byte[b.length + 1 + random.nextInt(8)];
        System.arraycopy(b, 0, longer, 0, b.length);
        for (int k = b.length; k < longer.length; k++) {
          longer[k] = (byte) random.nextInt(256);
        }
        return Octets.wrap(longer);
      }
    }
  }
}
