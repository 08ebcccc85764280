package org.ss7sim.isup.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.isup.Exchange;
import org.ss7sim.isup.IsupConfig;
import org.ss7sim.isup.Wire;
import org.ss7sim.isup.circuit.GlarePolicy;
import org.ss7sim.isup.circuit.IsupTimer;
import org.ss7sim.isup.circuit.IsupTimers;
import org.ss7sim.isup.circuit.TrunkGroupConfig;
import org.ss7sim.isup.message.AddressComplete;
import org.ss7sim.isup.message.Continuity;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.message.IsupMessageType;
import org.ss7sim.isup.message.Release;
import org.ss7sim.isup.message.SubsequentAddress;
import org.ss7sim.isup.parameter.CallOutcome;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.isup.parameter.EventInformation;
import org.ss7sim.isup.parameter.NatureOfAddress;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.mtp.loopback.LoopbackMtpNetwork;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;

/** Call processing between two exchanges A (PC 100) and B (PC 200) on a loopback MTP. */
class CallProcessingTest {
  static final int A = 100;
  static final int B = 200;

  VirtualClock clock;
  LoopbackMtpNetwork network;
  Exchange a;
  Exchange b;

  void build(TrunkGroupConfig toB, TrunkGroupConfig toA, boolean overlap) {
    clock = new VirtualClock();
    network = new LoopbackMtpNetwork();
    a = new Exchange(network, clock, A, IsupConfig.of(toB));
    b = new Exchange(network, clock, B, IsupConfig.of(toA).withOverlapReceiving(overlap));
  }

  @BeforeEach
  void setUp() {
    build(
        TrunkGroupConfig.of("toB", PointCode.itu(B), 1, 8),
        TrunkGroupConfig.of("toA", PointCode.itu(A), 1, 8),
        false);
  }

  @AfterEach
  void everythingIdle() {
    assertThat(a.isup.activeCalls()).as("calls left at A").isZero();
    assertThat(b.isup.activeCalls()).as("calls left at B").isZero();
    assertThat(a.isup.nonIdleCircuits()).as("circuits left busy at A").isZero();
    assertThat(b.isup.nonIdleCircuits()).as("circuits left busy at B").isZero();
    assertThat(a.isup.counters().get("internalErrors")).isZero();
    assertThat(b.isup.counters().get("internalErrors")).isZero();
  }

  List<String> ladder() {
    return Wire.ladder(network.log());
  }

  Release lastRelease() {
    for (int i = network.log().size() - 1; i >= 0; i--) {
      MtpTransfer t = network.log().get(i);
      if (Wire.is(t, IsupMessageType.REL)) {
        return (Release) Wire.decode(t);
      }
    }
    throw new AssertionError("no REL");
  }

  @Nested
  class BasicCall {
    @Test
    void iam_acm_anm_rel_rlc_in_order_and_both_users_told() {
      b.onIncoming = c -> b.isup.alert(c.call());
      CallReference call = a.isup.placeCall(CallSetup.of("toB", "5551234", "5550001"));
      assertThat(a.isup.callProcessing().state(call)).isEqualTo(CallState.AWAITING_ANSWER);
      CallReference incoming = b.incoming.get(0).call();
      assertThat(b.incoming.get(0).called()).isEqualTo("5551234");
      assertThat(b.incoming.get(0).calling()).isEqualTo("5550001");
      clock.advance(Duration.ofSeconds(3));
      b.isup.answer(incoming);
      assertThat(a.isup.callProcessing().state(call)).isEqualTo(CallState.ANSWERED);
      clock.advance(Duration.ofSeconds(60));
      a.isup.release(call, CauseValue.NORMAL_CLEARING);
      clock.runDue(); // what a request caused is indicated after it has returned
      assertThat(ladder())
          .containsExactly(
              "100>200 IAM 1", "200>100 ACM 1", "200>100 ANM 1", "100>200 REL 1", "200>100 RLC 1");
      assertThat(a.events)
          .containsExactly("alerting call#1", "answer call#1", "release call#1 16 LOCAL_USER");
      assertThat(b.events)
          .containsExactly("incoming call#1 5551234 from 5550001", "release call#1 16 REMOTE");
      CallTiming timing = a.releases.get(0).timing();
      assertThat(timing.setupToAnswer()).isEqualTo(Duration.ofSeconds(3));
      assertThat(timing.holdTime()).isEqualTo(Duration.ofSeconds(60));
      assertThat(a.releases.get(0).outcome()).isEqualTo(CallOutcome.NORMAL);
    }

    @Test
    void terminating_progress_reaches_the_originating_user_as_cpg() {
      b.onIncoming = c -> b.isup.alert(c.call());
      CallReference call = a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      b.isup.progress(b.incoming.get(0).call(), EventInformation.INBAND_INFORMATION);
      assertThat(a.events).containsExactly("alerting call#1", "progress call#1 3");
      assertThat(Wire.types(network.log())).containsExactly("IAM", "ACM", "CPG");
      a.isup.release(call, CauseValue.NORMAL_CLEARING);
    }

    @Test
    void acm_carries_the_called_party_status_the_user_gave_both_ways() {
      // Q.763 §3.5 c: BCI bits DC = called party's status; 0 no indication (Q.1912.5: SIP 183)
      b.onIncoming = c -> b.isup.alert(c.call(), 0);
      CallReference call = a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      AddressComplete acm = (AddressComplete) Wire.decode(network.log().get(1));
      assertThat(acm.backwardCall().calledPartyStatus()).isZero();
      // octet 1 of the BCI: charge (BA=2) | status (DC=0) | category (FE=1)
      assertThat(network.log().get(1).userData().slice(3, 5).toString()).isEqualTo("1204");
      clock.runDue();
      assertThat(a.alertStatuses).containsExactly(0);
      assertThat(a.events).containsExactly("alerting call#1");
      a.isup.release(call, CauseValue.NORMAL_CLEARING);
    }

    @Test
    void plain_alert_and_cpg_alerting_say_subscriber_free() {
      b.onIncoming = c -> b.isup.progress(c.call(), EventInformation.ALERTING);
      CallReference call = a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      assertThat(Wire.types(network.log())).containsExactly("IAM", "CPG");
      clock.runDue();
      assertThat(a.alertStatuses).containsExactly(1);
      b.isup.alert(b.incoming.get(0).call());
      AddressComplete acm = (AddressComplete) Wire.decode(network.log().get(2));
      assertThat(acm.backwardCall().calledPartyStatus()).isEqualTo(1);
      assertThatThrownBy(() -> b.isup.alert(b.incoming.get(0).call(), 4))
          .isInstanceOf(IllegalArgumentException.class);
      a.isup.release(call, CauseValue.NORMAL_CLEARING);
    }

    @Test
    void iam_carries_the_calling_party_number_as_given_and_the_called_nature() {
      b.onIncoming = c -> b.isup.release(c.call(), CauseValue.NORMAL_CLEARING);
      // Q.763 §3.10: national (3), ISDN plan, presentation restricted (1), network provided (3)
      CallingPartyNumber restricted =
          new CallingPartyNumber(NatureOfAddress.NATIONAL, false, 1, 1, 3, "5550001");
      a.isup.placeCall(
          CallSetup.of("toB", "4930123", "")
              .withCalledNature(NatureOfAddress.INTERNATIONAL)
              .withCallingParty(restricted));
      clock.runDue();
      Octets iam = network.log().get(0).userData();
      String hex = iam.toString();
      // called party number (Q.763 §3.9): length 6, odd + international (0x84), ISDN (0x10)
      assertThat(hex).contains("06841094032103");
      // calling party number: code 0x0a, length 6, odd + national (0x83), plan 1 | APRI 1 | SI 3
      assertThat(hex).contains("0a06831755050001");
      InitialAddress decoded = (InitialAddress) Wire.decode(network.log().get(0));
      CallingPartyNumber sent = decoded.optional().find(CallingPartyNumber.class);
      assertThat(sent).isEqualTo(restricted);
      assertThat(b.incoming.get(0).calling()).isEqualTo("5550001");
    }

    @Test
    void answer_without_alerting_sends_con() {
      b.onIncoming = c -> b.isup.answer(c.call());
      CallReference call = a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      assertThat(a.isup.callProcessing().state(call)).isEqualTo(CallState.ANSWERED);
      b.isup.release(b.incoming.get(0).call(), CauseValue.NORMAL_CLEARING);
      assertThat(ladder())
          .containsExactly("100>200 IAM 1", "200>100 CON 1", "200>100 REL 1", "100>200 RLC 1");
      assertThat(a.events).containsExactly("answer call#1", "release call#1 16 REMOTE");
    }

    @Test
    void terminating_side_rejects_busy_before_alerting() {
      b.onIncoming = c -> b.isup.release(c.call(), CauseValue.USER_BUSY);
      a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      clock.runDue(); // what a request caused is indicated after it has returned
      assertThat(a.releases.get(0).outcome()).isEqualTo(CallOutcome.BUSY);
      assertThat(a.releases.get(0).initiator()).isEqualTo(CallRelease.Initiator.REMOTE);
    }

    @Test
    void originating_side_abandons_before_answer() {
      b.onIncoming = c -> b.isup.alert(c.call());
      CallReference call = a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      a.isup.release(call, CauseValue.NORMAL_CLEARING);
      assertThat(ladder())
          .containsExactly("100>200 IAM 1", "200>100 ACM 1", "100>200 REL 1", "200>100 RLC 1");
      assertThat(b.releases).extracting(CallRelease::answered).containsExactly(false);
    }

    @Test
    void early_release_by_terminating_side_before_acm() {
      a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      b.isup.release(b.incoming.get(0).call(), CauseValue.UNALLOCATED_NUMBER);
      assertThat(a.releases.get(0).outcome()).isEqualTo(CallOutcome.UNALLOCATED_NUMBER);
      assertThat(ladder()).containsExactly("100>200 IAM 1", "200>100 REL 1", "100>200 RLC 1");
    }

    @Test
    void release_collision_both_sides_send_rel_and_rlc() {
      b.onIncoming = c -> b.isup.answer(c.call());
      CallReference call = a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      network.dropWhen(t -> Wire.is(t, IsupMessageType.REL));
      a.isup.release(call, CauseValue.NORMAL_CLEARING);
      b.isup.release(b.incoming.get(0).call(), CauseValue.NORMAL_CLEARING);
      network.dropWhen(t -> false);
      clock.advance(Duration.ofSeconds(15)); // T1 at both: REL repeated, each answers RLC
      assertThat(a.releases).hasSize(1);
      assertThat(b.releases).hasSize(1);
    }

    @Test
    void answering_a_call_the_peer_already_released_is_ignored() {
      CallReference call = a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      CallReference incoming = b.incoming.get(0).call();
      a.isup.release(call, CauseValue.NORMAL_CLEARING);
      b.isup.alert(incoming);
      b.isup.answer(incoming);
      assertThat(Wire.types(network.log())).containsExactly("IAM", "REL", "RLC");
    }

    @Test
    void answering_an_outgoing_call_is_a_programming_error() {
      CallReference call = a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.isup.answer(call))
          .isInstanceOf(IllegalStateException.class);
      a.isup.release(call, CauseValue.NORMAL_CLEARING);
    }

    @Test
    void no_circuit_available_releases_with_cause_34_at_once() {
      for (int i = 0; i < 8; i++) {
        a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      }
      a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      assertThat(a.releases).isEmpty();
      clock.runDue(); // what a request caused is indicated after it has returned
      assertThat(a.releases).extracting(r -> r.cause().code()).containsExactly(34);
      assertThat(a.releases.get(0).outcome()).isEqualTo(CallOutcome.CONGESTION);
      clock.advance(Duration.ofSeconds(20)); // T7 clears the eight calls left waiting
      clock.advance(Duration.ofSeconds(1));
    }
  }

  @Nested
  class Timers {
    @Test
    void no_acm_t7_releases_with_cause_102() {
      CallReference call = a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      clock.advance(Duration.ofSeconds(19));
      assertThat(a.isup.callProcessing().state(call))
          .isEqualTo(CallState.AWAITING_ADDRESS_COMPLETE);
      clock.advance(Duration.ofSeconds(1));
      assertThat(lastRelease().cause().cause()).isEqualTo(CauseValue.RECOVERY_ON_TIMER_EXPIRY);
      assertThat(a.releases.get(0).initiator()).isEqualTo(CallRelease.Initiator.NETWORK);
      assertThat(a.releases.get(0).outcome()).isEqualTo(CallOutcome.TIMER_EXPIRY);
      assertThat(b.releases.get(0).cause().code()).isEqualTo(102);
      assertThat(ladder()).containsExactly("100>200 IAM 1", "100>200 REL 1", "200>100 RLC 1");
    }

    @Test
    void t7_value_is_configurable() {
      clock = new VirtualClock();
      network = new LoopbackMtpNetwork();
      IsupTimers timers = IsupTimers.defaults().with(IsupTimer.T7, Duration.ofSeconds(30));
      a =
          new Exchange(
              network,
              clock,
              A,
              IsupConfig.of(TrunkGroupConfig.of("toB", PointCode.itu(B), 1, 8)).withTimers(timers));
      b =
          new Exchange(
              network, clock, B, IsupConfig.of(TrunkGroupConfig.of("toA", PointCode.itu(A), 1, 8)));
      a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      clock.advance(Duration.ofSeconds(29));
      assertThat(a.releases).isEmpty();
      clock.advance(Duration.ofSeconds(1));
      assertThat(a.releases.get(0).cause().code()).isEqualTo(102);
    }

    @Test
    void no_answer_t9_releases_with_cause_19() {
      b.onIncoming = c -> b.isup.alert(c.call());
      a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      clock.advance(Duration.ofSeconds(89));
      assertThat(a.releases).isEmpty();
      clock.advance(Duration.ofSeconds(1));
      assertThat(a.releases.get(0).cause()).isEqualTo(CauseValue.NO_ANSWER);
      assertThat(a.releases.get(0).outcome()).isEqualTo(CallOutcome.NO_ANSWER);
      assertThat(lastRelease().cause().cause().code()).isEqualTo(19);
    }

    @Test
    void rel_without_rlc_repeats_rel_every_t1_then_t5_sends_rsc_and_alerts() {
      b.onIncoming = c -> b.isup.answer(c.call());
      CallReference call = a.isup.placeCall(CallSetup.of("toB", "5551234", ""));
      network.dropWhen(t -> Wire.is(t, IsupMessageType.RLC));
      a.isup.release(call, CauseValue.NORMAL_CLEARING);
      clock.advance(Duration.ofSeconds(45));
      assertThat(Wire.types(network.log()).stream().filter("REL"::equals).count()).isEqualTo(4);
      clock.advance(Duration.ofMinutes(5).minusSeconds(45));
      assertThat(Wire.types(network.log())).contains("RSC");
      assertThat(a.alerts).anyMatch(s -> s.contains("T5"));
      assertThat(a.isup.trunkGroup("toB").circuit(1).resetting()).isTrue();
      assertThat(a.isup.trunkGroup("toB").circuit(1).selectable()).isFalse();
      network.dropWhen(t -> false);
      clock.advance(Duration.ofSeconds(15)); // T16: RSC repeated, now answered with RLC
      assertThat(a.isup.trunkGroup("toB").circuit(1).resetting()).isFalse();
    }

    @Test
    void continuity_check_waits_for_cot_then_presents() {
      a.isup.placeCall(CallSetup.of("toB", "5551234", "").withContinuityCheck());
      assertThat(
              ((InitialAddress) Wire.decode(network.log().get(0)))
                  .natureOfConnection()
                  .continuityCheckRequired())
          .isTrue();
      assertThat(Wire.decode(network.log().get(1))).isInstanceOf(Continuity.class);
      assertThat(b.incoming).hasSize(1);
      b.isup.release(b.incoming.get(0).call(), CauseValue.NORMAL_CLEARING);
    }

    @Test
    void missing_cot_t8_releases_the_incoming_call() {
      network.dropWhen(t -> Wire.is(t, IsupMessageType.COT));
      a.isup.placeCall(CallSetup.of("toB", "5551234", "").withContinuityCheck());
      assertThat(b.incoming).isEmpty();
      clock.advance(Duration.ofSeconds(10));
      assertThat(a.releases.get(0).cause()).isEqualTo(CauseValue.TEMPORARY_FAILURE);
      assertThat(b.incoming).isEmpty();
    }

    @Test
    void information_request_without_answer_t33_releases() {
      b.onIncoming = c -> b.isup.callProcessing().requestInformation(c.call());
      network.dropWhen(t -> Wire.is(t, IsupMessageType.INF));
      a.isup.placeCall(CallSetup.of("toB", "5551234", "5550001"));
      clock.advance(Duration.ofSeconds(12));
      assertThat(b.releases.get(0).cause()).isEqualTo(CauseValue.PROTOCOL_ERROR);
      assertThat(Wire.types(network.log())).containsSubsequence("INR", "INF", "REL", "RLC");
    }

    @Test
    void information_request_answered_stops_t33() {
      b.onIncoming = c -> b.isup.callProcessing().requestInformation(c.call());
      a.isup.placeCall(CallSetup.of("toB", "5551234", "5550001"));
      clock.advance(Duration.ofSeconds(13));
      assertThat(b.releases).isEmpty();
      b.isup.release(b.incoming.get(0).call(), CauseValue.NORMAL_CLEARING);
    }
  }

  @Nested
  class Overlap {
    @Test
    void digits_follow_in_sam_and_st_completes_the_number() {
      build(
          TrunkGroupConfig.of("toB", PointCode.itu(B), 1, 8),
          TrunkGroupConfig.of("toA", PointCode.itu(A), 1, 8),
          true);
      CallReference call = a.isup.placeCall(CallSetup.of("toB", "555", "").withOverlap());
      assertThat(b.events).containsExactly("incoming call#1 555 from  incomplete");
      a.isup.sendDigits(call, "12", false);
      a.isup.sendDigits(call, "34", true);
      assertThat(b.events)
          .containsExactly(
              "incoming call#1 555 from  incomplete",
              "digits call#1 12",
              "digits call#1 34 complete");
      assertThat(
              ((SubsequentAddress) Wire.decode(network.log().get(2))).subsequentNumber().digits())
          .isEqualTo("34f");
      b.isup.alert(b.incoming.get(0).call());
      b.isup.answer(b.incoming.get(0).call());
      a.isup.release(call, CauseValue.NORMAL_CLEARING);
      assertThat(Wire.types(network.log()))
          .containsExactly("IAM", "SAM", "SAM", "ACM", "ANM", "REL", "RLC");
    }

    @Test
    void each_sam_restarts_t7() {
      CallReference call = a.isup.placeCall(CallSetup.of("toB", "555", "").withOverlap());
      clock.advance(Duration.ofSeconds(15));
      a.isup.sendDigits(call, "1", false);
      clock.advance(Duration.ofSeconds(15));
      assertThat(a.releases).isEmpty();
      clock.advance(Duration.ofSeconds(5));
      assertThat(a.releases.get(0).cause().code()).isEqualTo(102);
    }
  }

  @Nested
  class DualSeizure {
    /** Places one call at each end inside one delivery, so both IAMs cross on the wire. */
    void crossingCalls() {
      PointCode trigger = PointCode.itu(999);
      var t = network.attach(trigger);
      t.register(
          new ServiceIndicator(9),
          m -> {
            a.isup.placeCall(CallSetup.of("toB", "2000", "1000"));
            b.isup.placeCall(CallSetup.of("toA", "1000", "2000"));
          });
      t.transfer(
          new MtpTransfer(
              trigger,
              trigger,
              new ServiceIndicator(9),
              org.ss7sim.mtp.NetworkIndicator.NATIONAL,
              0,
              0,
              Octets.EMPTY));
    }

    @Test
    void point_code_rule_higher_point_code_wins_even_cic_and_loser_repeats_on_next_circuit() {
      build(
          TrunkGroupConfig.of("toB", PointCode.itu(B), 2, 3),
          TrunkGroupConfig.of("toA", PointCode.itu(A), 2, 3),
          false);
      crossingCalls();
      // Both seized CIC 2; B (200 > 100) controls even CICs: A backs off and re-attempts on CIC 3.
      assertThat(ladder()).containsExactly("100>200 IAM 2", "200>100 IAM 2", "100>200 IAM 3");
      assertThat(a.isup.counters().get("dualSeizures")).isEqualTo(1);
      assertThat(b.isup.counters().get("dualSeizures")).isEqualTo(1);
      assertThat(a.isup.counters().get("repeatAttempts")).isEqualTo(1);
      assertThat(a.incoming).extracting(c -> c.cic().value()).containsExactly(2);
      assertThat(b.incoming).extracting(c -> c.cic().value()).containsExactly(3);
      a.isup.release(a.incoming.get(0).call(), CauseValue.NORMAL_CLEARING);
      b.isup.release(b.incoming.get(0).call(), CauseValue.NORMAL_CLEARING);
    }

    @Test
    void point_code_rule_lower_point_code_wins_odd_cic() {
      build(
          TrunkGroupConfig.of("toB", PointCode.itu(B), 3, 4),
          TrunkGroupConfig.of("toA", PointCode.itu(A), 3, 4),
          false);
      crossingCalls();
      assertThat(ladder()).containsExactly("100>200 IAM 3", "200>100 IAM 3", "200>100 IAM 4");
      assertThat(b.isup.counters().get("repeatAttempts")).isEqualTo(1);
      a.isup.release(a.incoming.get(0).call(), CauseValue.NORMAL_CLEARING);
      b.isup.release(b.incoming.get(0).call(), CauseValue.NORMAL_CLEARING);
    }

    @Test
    void higher_point_code_controls_all_wins_odd_cic_too() {
      build(
          TrunkGroupConfig.of("toB", PointCode.itu(B), 3, 4)
              .withGlare(GlarePolicy.HIGHER_POINT_CODE_CONTROLS_ALL),
          TrunkGroupConfig.of("toA", PointCode.itu(A), 3, 4)
              .withGlare(GlarePolicy.HIGHER_POINT_CODE_CONTROLS_ALL),
          false);
      crossingCalls();
      assertThat(ladder()).containsExactly("100>200 IAM 3", "200>100 IAM 3", "100>200 IAM 4");
      assertThat(a.isup.counters().get("repeatAttempts")).isEqualTo(1);
      a.isup.release(a.incoming.get(0).call(), CauseValue.NORMAL_CLEARING);
      b.isup.release(b.incoming.get(0).call(), CauseValue.NORMAL_CLEARING);
    }

    @Test
    void loser_without_another_circuit_is_released_with_cause_34() {
      build(
          TrunkGroupConfig.of("toB", PointCode.itu(B), 2, 2),
          TrunkGroupConfig.of("toA", PointCode.itu(A), 2, 2),
          false);
      crossingCalls();
      assertThat(a.releases).extracting(r -> r.cause().code()).containsExactly(34);
      a.isup.release(a.incoming.get(0).call(), CauseValue.NORMAL_CLEARING);
    }
  }
}
