package org.ss7sim.cap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Mutation fuzzing of every golden argument: flipped, replaced, dropped and truncated octets either
 * decode to a record that survives its own round trip, or raise MalformedMessageException — never
 * another exception. Bounded: a fixed seed and 300 mutants per vector.
 */
class CapFuzzTest {
  static final Map<String, CapOperation> HEX_FILES =
      Map.ofEntries(
          Map.entry("apply-charging-release.hex", CapOperation.APPLY_CHARGING),
          Map.entry("call-information-report.hex", CapOperation.CALL_INFORMATION_REPORT),
          Map.entry("call-information-request.hex", CapOperation.CALL_INFORMATION_REQUEST),
          Map.entry("connect-sms.hex", CapOperation.CONNECT_SMS),
          Map.entry("event-report-sms.hex", CapOperation.EVENT_REPORT_SMS),
          Map.entry("furnish-charging-information.hex", CapOperation.FURNISH_CHARGING_INFORMATION),
          Map.entry("initial-dp-sms.hex", CapOperation.INITIAL_DP_SMS),
          Map.entry("release-sms.hex", CapOperation.RELEASE_SMS),
          Map.entry("request-report-sms-event.hex", CapOperation.REQUEST_REPORT_SMS_EVENT),
          Map.entry("reset-timer.hex", CapOperation.RESET_TIMER));

  record Seed(CapOperation op, Octets bytes) {}

  static List<Seed> seeds() throws MalformedMessageException {
    List<Seed> out = new ArrayList<>();
    for (var v :
        GoldenVectors.tsv("tcap.tsv", n -> n.contains("tcap_cap") || n.contains("RealTrace"))) {
      for (Invoke i : CapCodecGoldenTest.invokes(v.name())) {
        if (i.parameter() != null) {
          out.add(new Seed(CapOperation.ofCode(i.opCode()), i.parameter()));
        }
      }
    }
    HEX_FILES.forEach(
        (f, op) ->
            out.add(
                new Seed(op, GoldenVectors.hexResource(CapFuzzTest.class, "/golden/cap/" + f))));
    return out;
  }

  @Test
  void mutated_golden_arguments_decode_cleanly_or_raise_malformed() throws Exception {
    Random random = new Random(29078);
    List<Seed> seeds = seeds();
    assertThat(seeds).hasSizeGreaterThan(20);
    int decoded = 0;
    int refused = 0;
    for (Seed s : seeds) {
      for (int i = 0; i < 300; i++) {
        Octets mutant = mutate(s.bytes(), random);
        CapArgument a;
        try {
          a = CapCodec.decode(s.op(), mutant);
        } catch (MalformedMessageException e) {
          assertThat(e.offset()).isBetween(0, mutant.length());
          refused++;
          continue;
        }
        decoded++;
        assertThat(CapCodec.decode(s.op(), CapCodec.encode(a))).as("%s", mutant).isEqualTo(a);
      }
    }
    assertThat(decoded).isPositive();
    assertThat(refused).isPositive();
  }

  static Octets mutate(Octets in, Random random) {
    byte[] b = in.toByteArray();
    int p = random.nextInt(b.length);
    return switch (random.nextInt(4)) {
      case 0 -> {
        b[p] ^= (byte) (1 << random.nextInt(8));
        yield Octets.wrap(b);
      }
      case 1 -> {
        b[p] = (byte) random.nextInt(256);
        yield Octets.wrap(b);
      }
      case 2 -> {
        byte[] c = new byte[b.length - 1];
        System.arraycopy(b, 0, c, 0, p);
        System.arraycopy(b, p + 1, c, p, b.length - p - 1);
        yield Octets.wrap(c);
      }
      default -> Octets.wrap(b).slice(0, p);
    };
  }
}
