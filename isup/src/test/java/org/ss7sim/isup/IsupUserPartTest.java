package org.ss7sim.isup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.isup.circuit.TrunkGroupConfig;
import org.ss7sim.isup.message.Confusion;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.message.IsupMessageType;
import org.ss7sim.isup.message.Release;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.mtp.MtpService;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.NetworkIndicator;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.mtp.loopback.LoopbackMtpNetwork;
import org.ss7sim.testkit.GoldenVector;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;

/** The MTP boundary of ISUP: bad input answered as Q.764 §2.9.5 and §2.12 say, never thrown. */
class IsupUserPartTest {
  static final PointCode PEER = PointCode.itu(300);

  VirtualClock clock;
  LoopbackMtpNetwork network;
  Exchange a;
  MtpService peer;
  List<IsupMessage> answers;

  @BeforeEach
  void setUp() {
    clock = new VirtualClock();
    network = new LoopbackMtpNetwork();
    a = new Exchange(network, clock, 100, IsupConfig.of(TrunkGroupConfig.of("toPeer", PEER, 1, 8)));
    peer = network.attach(PEER);
    answers = new ArrayList<>();
    peer.register(ServiceIndicator.ISUP, t -> answers.add(Wire.decode(t)));
  }

  void fromPeer(String hex) {
    fromPeer(Octets.fromHex(hex));
  }

  void fromPeer(Octets bytes) {
    peer.transfer(
        new MtpTransfer(
            PEER, a.pointCode, ServiceIndicator.ISUP, NetworkIndicator.NATIONAL, 0, 0, bytes));
  }

  @Nested
  class UnrecognisedMessages {
    @Test
    void unknown_message_type_without_compatibility_information_gets_cfn_97_naming_the_type() {
      fromPeer("0100ee00");
      Confusion cfn = (Confusion) answers.get(0);
      assertThat(cfn.cic().value()).isEqualTo(1);
      assertThat(cfn.cause().cause()).isEqualTo(CauseValue.MESSAGE_TYPE_NON_EXISTENT);
      assertThat(cfn.cause().diagnostics()).isEqualTo(Octets.ofUnsigned(0xee));
      assertThat(a.isup.counters().get("unknownMessageType")).isEqualTo(1);
    }

    @Test
    void compatibility_information_discard_with_notification_gets_cfn() {
      // pointer 1, parameter 0x38 (message compatibility information) = 0x8c: ext, D discard, C
      // notify
      fromPeer("0100ee0138018c00");
      assertThat(answers).singleElement().isInstanceOf(Confusion.class);
      assertThat(a.isup.counters().get("discarded")).isEqualTo(1);
    }

    @Test
    void compatibility_information_discard_silently_sends_nothing() {
      fromPeer("0100ee01380188" + "00");
      assertThat(answers).isEmpty();
    }

    @Test
    void compatibility_information_release_call_releases_the_call_with_cause_97() {
      a.isup.placeCall(org.ss7sim.isup.call.CallSetup.of("toPeer", "5551234", ""));
      answers.clear();
      fromPeer("0100ee01380182" + "00");
      assertThat(answers)
          .singleElement()
          .isInstanceOfSatisfying(
              Release.class,
              r -> assertThat(r.cause().cause()).isEqualTo(CauseValue.MESSAGE_TYPE_NON_EXISTENT));
      assertThat(a.releases).extracting(r -> r.cause().code()).containsExactly(97);
      fromPeer("010010" + "00"); // RLC completes the release
      assertThat(a.isup.activeCalls()).isZero();
      assertThat(a.isup.nonIdleCircuits()).isZero();
    }

    @Test
    void compatibility_information_release_call_without_a_call_discards() {
      fromPeer("0100ee01380182" + "00");
      assertThat(answers).isEmpty();
    }

    @Test
    void known_but_unsupported_procedures_are_discarded_and_counted() {
      fromPeer("010008" + "00"); // FOT
      fromPeer("010024"); // LPA
      assertThat(answers).isEmpty();
      assertThat(a.isup.counters().get("discarded")).isEqualTo(2);
    }
  }

  @Nested
  class Malformed {
    @Test
    void bad_pointer_in_acm_gets_cfn_100() {
      fromPeer("0100060120" + "09");
      assertThat(answers)
          .singleElement()
          .isInstanceOfSatisfying(
              Confusion.class,
              c -> assertThat(c.cause().cause()).isEqualTo(CauseValue.INVALID_PARAMETER_CONTENTS));
      assertThat(a.isup.counters().get("decodeErrors")).isEqualTo(1);
    }

    @Test
    void truncated_release_is_still_a_release_and_gets_rlc() {
      fromPeer("01000c020002");
      assertThat(answers).extracting(IsupMessage::type).containsExactly(IsupMessageType.RLC);
    }

    @Test
    void truncated_iam_is_refused_with_rel_100() {
      fromPeer("0100010020010a0002000583");
      assertThat(answers)
          .singleElement()
          .isInstanceOfSatisfying(
              Release.class,
              r -> assertThat(r.cause().cause()).isEqualTo(CauseValue.INVALID_PARAMETER_CONTENTS));
      assertThat(a.incoming).isEmpty();
    }

    @Test
    void malformed_rlc_and_cfn_are_discarded_silently() {
      fromPeer("0100100500");
      fromPeer("01002f0900");
      assertThat(answers).isEmpty();
    }

    @Test
    void too_short_message_is_counted_and_dropped() {
      fromPeer("01");
      fromPeer("");
      assertThat(answers).isEmpty();
      assertThat(a.isup.counters().get("tooShort")).isEqualTo(2);
    }
  }

  @Nested
  class UnknownCircuits {
    @Test
    void message_for_an_unequipped_cic_gets_ucic() {
      fromPeer("6300" + "13"); // BLO on CIC 99
      assertThat(answers)
          .extracting(m -> m.type() + " " + m.cic().value())
          .containsExactly("UCIC 99");
      assertThat(a.isup.counters().get("unknownCic")).isEqualTo(1);
    }

    @Test
    void ucic_for_an_unequipped_cic_is_not_answered() {
      fromPeer("63002e");
      assertThat(answers).isEmpty();
    }

    @Test
    void messages_from_a_point_code_without_trunk_group_are_discarded() {
      MtpService stranger = network.attach(PointCode.itu(400));
      List<MtpTransfer> got = new ArrayList<>();
      stranger.register(ServiceIndicator.ISUP, got::add);
      stranger.transfer(
          new MtpTransfer(
              PointCode.itu(400),
              a.pointCode,
              ServiceIndicator.ISUP,
              NetworkIndicator.NATIONAL,
              0,
              0,
              Octets.fromHex("010013")));
      assertThat(got).isEmpty();
      assertThat(a.isup.counters().get("discarded")).isEqualTo(1);
    }
  }

  @Nested
  class Supervision {
    @Test
    void cqm_is_answered_with_cqr_giving_each_circuit_state() {
      a.isup.placeCall(org.ss7sim.isup.call.CallSetup.of("toPeer", "5551234", ""));
      answers.clear();
      fromPeer("01002a" + "01" + "01" + "02"); // CQM CIC 1, range 2
      var cqr = (org.ss7sim.isup.message.CircuitGroupQueryResponse) answers.get(0);
      assertThat(cqr.rangeAndStatus().range()).isEqualTo(2);
      assertThat(cqr.circuitStates().callProcessingState(0)).isEqualTo(2); // outgoing busy
      assertThat(cqr.circuitStates().callProcessingState(1)).isEqualTo(3); // idle
      assertThat(cqr.circuitStates().callProcessingState(2)).isEqualTo(3);
    }

    @Test
    void blo_is_acknowledged_and_the_circuit_is_not_used() {
      fromPeer("010013");
      assertThat(answers).extracting(IsupMessage::type).containsExactly(IsupMessageType.BLA);
      a.isup.placeCall(org.ss7sim.isup.call.CallSetup.of("toPeer", "5551234", ""));
      assertThat(answers.get(1).cic().value()).isEqualTo(2);
    }

    @Test
    void grs_from_the_peer_is_answered_with_gra() {
      fromPeer("0100170101" + "03");
      assertThat(answers)
          .extracting(m -> m.type() + " " + m.cic().value())
          .containsExactly("GRA 1");
    }
  }

  @Nested
  class Unexpected {
    @Test
    void rel_on_an_idle_circuit_is_answered_with_rlc() {
      fromPeer("01000c02000282" + "90");
      assertThat(answers).extracting(IsupMessage::type).containsExactly(IsupMessageType.RLC);
    }

    @Test
    void anm_on_an_idle_circuit_is_discarded_and_counted() {
      fromPeer("01000900");
      assertThat(answers).isEmpty();
      assertThat(a.isup.counters().get("unexpectedCallMessages")).isEqualTo(1);
    }
  }

  @Nested
  class Fuzzing {
    @Test
    void mutated_golden_vectors_never_escape_as_exceptions() {
      List<Octets> seeds = new ArrayList<>();
      for (GoldenVector v : GoldenVectors.tsv("isup.tsv")) {
        // Move every vector onto CIC 1..8 so the procedures, not only the CIC check, see them.
        byte[] b = v.bytes().toByteArray();
        b[0] = 1;
        b[1] = 0;
        seeds.add(Octets.wrap(b));
      }
      SplittableRandom random = new SplittableRandom(42);
      for (int i = 0; i < 5000; i++) {
        byte[] b = seeds.get(random.nextInt(seeds.size())).toByteArray();
        int flips = 1 + random.nextInt(3);
        for (int f = 0; f < flips; f++) {
          int at = 2 + random.nextInt(Math.max(1, b.length - 2));
          if (at < b.length) {
            b[at] = (byte) random.nextInt(256);
          }
        }
        int length = random.nextInt(8) == 0 ? random.nextInt(b.length + 1) : b.length;
        b[0] = (byte) (1 + random.nextInt(8));
        fromPeer(Octets.copyOf(b, 0, length));
        clock.advance(java.time.Duration.ofSeconds(1));
      }
      assertThat(a.isup.counters().get("internalErrors")).isZero();
      assertThat(a.isup.counters().get("received")).isEqualTo(5000);
    }
  }
}
