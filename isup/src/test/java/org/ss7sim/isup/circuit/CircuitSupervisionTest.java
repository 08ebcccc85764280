package org.ss7sim.isup.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.isup.Exchange;
import org.ss7sim.isup.IsupConfig;
import org.ss7sim.isup.Wire;
import org.ss7sim.isup.call.CallReference;
import org.ss7sim.isup.call.CallSetup;
import org.ss7sim.isup.message.CircuitGroupQueryResponse;
import org.ss7sim.isup.message.CircuitGroupResetAcknowledgement;
import org.ss7sim.isup.message.IsupMessageType;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.loopback.LoopbackMtpNetwork;
import org.ss7sim.testkit.VirtualClock;

/** Blocking, reset, group procedures and MTP pause/resume between A (PC 100) and B (PC 200). */
class CircuitSupervisionTest {
  VirtualClock clock;
  LoopbackMtpNetwork network;
  Exchange a;
  Exchange b;

  @BeforeEach
  void setUp() {
    clock = new VirtualClock();
    network = new LoopbackMtpNetwork();
    a =
        new Exchange(
            network,
            clock,
            100,
            IsupConfig.of(TrunkGroupConfig.of("toB", PointCode.itu(200), 1, 16)));
    b =
        new Exchange(
            network,
            clock,
            200,
            IsupConfig.of(TrunkGroupConfig.of("toA", PointCode.itu(100), 1, 16)));
    b.onIncoming = c -> b.isup.answer(c.call());
  }

  @AfterEach
  void noCallsLeft() {
    assertThat(a.isup.activeCalls()).isZero();
    assertThat(b.isup.activeCalls()).isZero();
    assertThat(a.isup.counters().get("internalErrors")).isZero();
    assertThat(b.isup.counters().get("internalErrors")).isZero();
  }

  Circuit circuitA(int cic) {
    return a.isup.trunkGroup("toB").circuit(cic);
  }

  Circuit circuitB(int cic) {
    return b.isup.trunkGroup("toA").circuit(cic);
  }

  MtpTransfer last(IsupMessageType type) {
    for (int i = network.log().size() - 1; i >= 0; i--) {
      if (Wire.is(network.log().get(i), type)) {
        return network.log().get(i);
      }
    }
    throw new AssertionError("no " + type);
  }

  @Nested
  class Blocking {
    @Test
    void blo_bla_blocks_and_blocked_circuit_is_not_selected_at_either_end() {
      a.isup.block("toB", 1);
      assertThat(Wire.ladder(network.log())).containsExactly("100>200 BLO 1", "200>100 BLA 1");
      assertThat(circuitA(1).localBlocking()).isEqualTo(Circuit.LocalBlocking.BLOCKED);
      assertThat(circuitB(1).remoteMaintenanceBlocked()).isTrue();
      CallReference fromA = a.isup.placeCall(CallSetup.of("toB", "1", ""));
      CallReference fromB = b.isup.placeCall(CallSetup.of("toA", "1", ""));
      assertThat(a.incoming).extracting(c -> c.cic().value()).containsExactly(3);
      assertThat(b.incoming).extracting(c -> c.cic().value()).containsExactly(2);
      a.isup.release(fromA, CauseValue.NORMAL_CLEARING);
      b.isup.release(fromB, CauseValue.NORMAL_CLEARING);
      a.isup.unblock("toB", 1);
      assertThat(circuitA(1).localBlocking()).isEqualTo(Circuit.LocalBlocking.UNBLOCKED);
      assertThat(circuitB(1).remoteMaintenanceBlocked()).isFalse();
      assertThat(a.isup.nonIdleCircuits()).isZero();
      assertThat(b.isup.nonIdleCircuits()).isZero();
    }

    @Test
    void missing_bla_repeats_blo_every_t12_and_alerts_at_t13() {
      network.dropWhen(t -> Wire.is(t, IsupMessageType.BLA));
      a.isup.block("toB", 5);
      clock.advance(Duration.ofSeconds(60));
      assertThat(Wire.types(network.log()).stream().filter("BLO"::equals).count()).isEqualTo(5);
      assertThat(a.alerts).isEmpty();
      clock.advance(Duration.ofMinutes(4));
      assertThat(a.alerts).singleElement().asString().contains("T13");
      network.dropWhen(t -> false);
      clock.advance(Duration.ofMinutes(5));
      assertThat(circuitA(5).localBlocking()).isEqualTo(Circuit.LocalBlocking.BLOCKED);
    }

    @Test
    void missing_uba_repeats_ubl_every_t14_and_alerts_at_t15() {
      a.isup.block("toB", 5);
      network.dropWhen(t -> Wire.is(t, IsupMessageType.UBA));
      a.isup.unblock("toB", 5);
      clock.advance(Duration.ofSeconds(15));
      assertThat(Wire.types(network.log()).stream().filter("UBL"::equals).count()).isEqualTo(2);
      clock.advance(Duration.ofMinutes(5));
      assertThat(a.alerts).anyMatch(s -> s.contains("T15"));
      network.dropWhen(t -> false);
      clock.advance(
          Duration.ofMinutes(5)); // after T15 the UBL is repeated every T15 (Q.764 §2.8.2.1)
      assertThat(circuitA(5).localBlocking()).isEqualTo(Circuit.LocalBlocking.UNBLOCKED);
    }

    @Test
    void iam_on_a_remotely_blocked_circuit_unblocks_it() {
      a.isup.block("toB", 1);
      // B still seizes CIC 1 as if it had missed the BLO: hand-made IAM arrives at A.
      circuitB(1).remoteMaintenanceBlocked(false);
      b.isup.placeCall(CallSetup.of("toA", "1", ""));
      clock.runDue(); // what a request caused is indicated after it has returned
      assertThat(Wire.ladder(network.log())).containsSubsequence("200>100 IAM 1", "100>200 REL 1");
      assertThat(b.releases.get(0).cause()).isEqualTo(CauseValue.TEMPORARY_FAILURE);
    }
  }

  @Nested
  class Reset {
    @Test
    void rsc_clears_the_call_at_both_ends_and_is_answered_with_rlc() {
      CallReference call = a.isup.placeCall(CallSetup.of("toB", "1", ""));
      a.isup.reset("toB", 1);
      clock.runDue(); // what a request caused is indicated after it has returned
      assertThat(Wire.ladder(network.log())).endsWith("100>200 RSC 1", "200>100 RLC 1");
      assertThat(a.releases)
          .singleElement()
          .satisfies(r -> assertThat(r.cause().code()).isEqualTo(41));
      assertThat(b.releases)
          .singleElement()
          .satisfies(r -> assertThat(r.cause().code()).isEqualTo(41));
      assertThat(a.isup.callProcessing().state(call).name()).isEqualTo("IDLE");
      assertThat(a.isup.nonIdleCircuits()).isZero();
      assertThat(b.isup.nonIdleCircuits()).isZero();
    }

    @Test
    void grs_resets_a_range_clearing_calls_and_reporting_blocked_circuits_in_gra() {
      for (int i = 0; i < 3; i++) {
        a.isup.placeCall(CallSetup.of("toB", "1", ""));
      }
      b.isup.block("toA", 4);
      a.isup.groupReset("toB", 1, 7);
      clock.runDue(); // what a request caused is indicated after it has returned
      assertThat(Wire.ladder(network.log())).endsWith("100>200 GRS 1", "200>100 GRA 1");
      var gra = (CircuitGroupResetAcknowledgement) Wire.decode(last(IsupMessageType.GRA));
      assertThat(gra.rangeAndStatus().range()).isEqualTo(7);
      for (int i = 0; i < 8; i++) {
        assertThat(gra.rangeAndStatus().status(i)).as("status of CIC %d", i + 1).isEqualTo(i == 3);
      }
      assertThat(a.releases).hasSize(3);
      assertThat(b.releases).hasSize(3);
      assertThat(circuitA(4).remoteMaintenanceBlocked()).isTrue();
      assertThat(circuitA(1).resetting()).isFalse();
      assertThat(a.isup.supervision().pendingGroupOperations()).isZero();
      b.isup.unblock("toA", 4);
      assertThat(a.isup.nonIdleCircuits()).isZero();
      assertThat(b.isup.nonIdleCircuits()).isZero();
    }

    @Test
    void missing_gra_repeats_grs_every_t22_and_alerts_at_t23() {
      network.dropWhen(t -> Wire.is(t, IsupMessageType.GRA));
      a.isup.groupReset("toB", 1, 3);
      assertThat(a.isup.placeCall(CallSetup.of("toB", "1", ""))).isNotNull();
      assertThat(a.incoming).isEmpty();
      assertThat(Wire.ladder(network.log())).contains("100>200 IAM 5");
      clock.advance(Duration.ofSeconds(15));
      assertThat(Wire.types(network.log()).stream().filter("GRS"::equals).count()).isEqualTo(2);
      clock.advance(Duration.ofMinutes(5));
      assertThat(a.alerts).anyMatch(s -> s.contains("T23"));
      network.dropWhen(t -> false);
      clock.advance(Duration.ofMinutes(5));
      assertThat(a.isup.supervision().pendingGroupOperations()).isZero();
      a.isup.release(new CallReference(1), CauseValue.NORMAL_CLEARING);
      assertThat(a.isup.nonIdleCircuits()).isZero();
    }

    @Test
    void rel_without_rlc_ends_with_rsc_after_t5() {
      CallReference call = a.isup.placeCall(CallSetup.of("toB", "1", ""));
      network.dropWhen(t -> Wire.is(t, IsupMessageType.RLC));
      a.isup.release(call, CauseValue.NORMAL_CLEARING);
      clock.advance(Duration.ofMinutes(5));
      // The RLC answering the RSC is in the log although the network dropped it.
      var types = Wire.types(network.log());
      assertThat(types).endsWith("RSC", "RLC");
      assertThat(types.lastIndexOf("REL")).isLessThan(types.indexOf("RSC"));
      network.dropWhen(t -> false);
      clock.advance(Duration.ofSeconds(15));
      assertThat(a.isup.nonIdleCircuits()).isZero();
    }
  }

  @Nested
  class GroupBlocking {
    @Test
    void cgb_maintenance_blocks_marked_circuits_and_cgu_unblocks_them() {
      boolean[] status = new boolean[8];
      status[0] = true;
      status[2] = true;
      a.isup.groupBlock("toB", 1, status, false);
      assertThat(Wire.ladder(network.log())).containsExactly("100>200 CGB 1", "200>100 CGBA 1");
      assertThat(circuitA(1).localBlocking()).isEqualTo(Circuit.LocalBlocking.BLOCKED);
      assertThat(circuitA(3).localBlocking()).isEqualTo(Circuit.LocalBlocking.BLOCKED);
      assertThat(circuitA(2).localBlocking()).isEqualTo(Circuit.LocalBlocking.UNBLOCKED);
      assertThat(circuitB(1).remoteMaintenanceBlocked()).isTrue();
      assertThat(circuitB(3).remoteMaintenanceBlocked()).isTrue();
      CallReference call = b.isup.placeCall(CallSetup.of("toA", "1", ""));
      assertThat(a.incoming.get(0).cic().value()).isEqualTo(2);
      b.isup.release(call, CauseValue.NORMAL_CLEARING);
      a.isup.groupUnblock("toB", 1, status, false);
      assertThat(Wire.ladder(network.log())).endsWith("100>200 CGU 1", "200>100 CGUA 1");
      assertThat(a.isup.nonIdleCircuits()).isZero();
      assertThat(b.isup.nonIdleCircuits()).isZero();
    }

    @Test
    void hardware_cgb_clears_calls_on_the_blocked_circuits() {
      a.isup.placeCall(CallSetup.of("toB", "1", ""));
      a.isup.placeCall(CallSetup.of("toB", "1", ""));
      boolean[] status = {true, false};
      a.isup.groupBlock("toB", 1, status, true);
      clock.runDue(); // what a request caused is indicated after it has returned
      assertThat(a.releases).hasSize(1);
      assertThat(b.releases).hasSize(1);
      assertThat(circuitA(1).localHardwareBlocked()).isTrue();
      assertThat(circuitB(1).remoteHardwareBlocked()).isTrue();
      assertThat(circuitB(1).selectable()).isFalse();
      a.isup.groupUnblock("toB", 1, status, true);
      assertThat(circuitB(1).remoteHardwareBlocked()).isFalse();
      a.isup.release(new CallReference(2), CauseValue.NORMAL_CLEARING);
    }

    @Test
    void missing_cgba_repeats_cgb_every_t18_and_alerts_at_t19() {
      network.dropWhen(t -> Wire.is(t, IsupMessageType.CGBA));
      a.isup.groupBlock("toB", 1, new boolean[] {true, true}, false);
      clock.advance(Duration.ofSeconds(15));
      assertThat(Wire.types(network.log())).containsExactly("CGB", "CGBA", "CGB", "CGBA");
      clock.advance(Duration.ofMinutes(5));
      assertThat(a.alerts).anyMatch(s -> s.contains("T19"));
      network.dropWhen(t -> false);
      clock.advance(Duration.ofMinutes(5));
      assertThat(circuitA(2).localBlocking()).isEqualTo(Circuit.LocalBlocking.BLOCKED);
      network.dropWhen(t -> Wire.is(t, IsupMessageType.CGUA));
      a.isup.groupUnblock("toB", 1, new boolean[] {true, true}, false);
      clock.advance(Duration.ofMinutes(5));
      assertThat(a.alerts).anyMatch(s -> s.contains("T21"));
      network.dropWhen(t -> false);
      clock.advance(Duration.ofMinutes(5));
      assertThat(a.isup.nonIdleCircuits()).isZero();
    }
  }

  @Nested
  class Query {
    @Test
    void cqm_is_answered_with_the_state_of_each_circuit() {
      a.isup.placeCall(CallSetup.of("toB", "1", ""));
      a.isup.block("toB", 2);
      var network2 = network;
      // B asks A about CICs 1..3.
      b.isup
          .supervision()
          .onGroupQuery(
              b.isup.trunkGroup("toA"),
              new org.ss7sim.isup.message.Cic(1),
              org.ss7sim.isup.parameter.RangeAndStatus.rangeOnly(2),
              u -> false);
      var cqrFromB = (CircuitGroupQueryResponse) Wire.decode(last(IsupMessageType.CQR));
      assertThat(cqrFromB.circuitStates().callProcessingState(0))
          .isEqualTo(1); // incoming busy at B
      assertThat(cqrFromB.circuitStates().maintenanceBlockingState(1))
          .isEqualTo(2); // remotely blocked at B
      assertThat(cqrFromB.circuitStates().callProcessingState(2)).isEqualTo(3); // idle
      assertThat(network2.log()).isNotEmpty();
      a.isup.release(new CallReference(1), CauseValue.NORMAL_CLEARING);
      a.isup.unblock("toB", 2);
    }
  }

  @Nested
  class MtpPauseAndResume {
    @Test
    void pause_clears_calls_and_resume_resets_the_circuits_left_busy_with_grs() {
      for (int i = 0; i < 3; i++) {
        a.isup.placeCall(CallSetup.of("toB", "1", ""));
      }
      network.pause(PointCode.itu(200));
      assertThat(a.releases).extracting(r -> r.cause().code()).containsExactly(41, 41, 41);
      assertThat(circuitA(1).resetRequired()).isTrue();
      assertThat(circuitA(4).resetRequired()).isFalse();
      assertThat(a.isup.placeCall(CallSetup.of("toB", "1", ""))).isNotNull();
      assertThat(a.releases).hasSize(3);
      clock.runDue(); // what a request caused is indicated after it has returned
      assertThat(a.releases).hasSize(4);
      network.resume(PointCode.itu(200));
      assertThat(Wire.ladder(network.log())).endsWith("100>200 GRS 1", "200>100 GRA 1");
      assertThat(b.releases).hasSize(3);
      assertThat(a.isup.nonIdleCircuits()).isZero();
      assertThat(b.isup.nonIdleCircuits()).isZero();
    }
  }

  @Nested
  class MtpPauseDuringBlocking {
    @Test
    void blocking_in_progress_at_pause_is_restarted_on_resume_and_completes() {
      a.isup.placeCall(CallSetup.of("toB", "1", ""));
      network.dropWhen(t -> Wire.is(t, IsupMessageType.BLA));
      a.isup.block("toB", 5);
      network.pause(PointCode.itu(200));
      network.dropWhen(t -> false);
      network.resume(PointCode.itu(200));
      // CIC 1 (call cleared by the pause) is reset with RSC; CIC 5's BLO is sent again.
      assertThat(Wire.ladder(network.log()))
          .contains("100>200 RSC 1", "200>100 RLC 1", "200>100 BLA 5");
      assertThat(circuitA(5).localBlocking()).isEqualTo(Circuit.LocalBlocking.BLOCKED);
      a.isup.unblock("toB", 5);
      assertThat(a.isup.nonIdleCircuits()).isZero();
      assertThat(b.isup.nonIdleCircuits()).isZero();
    }

    @Test
    void blocking_interrupted_by_a_group_reset_resumes_after_gra() {
      network.dropWhen(t -> Wire.is(t, IsupMessageType.BLA));
      a.isup.block("toB", 2);
      network.dropWhen(t -> false);
      a.isup.groupReset("toB", 1, 3);
      assertThat(circuitA(2).localBlocking()).isEqualTo(Circuit.LocalBlocking.BLOCKED);
      a.isup.unblock("toB", 2);
      assertThat(a.isup.nonIdleCircuits()).isZero();
    }
  }

  @Nested
  class Unequipped {
    @Test
    void ucic_takes_the_circuit_out_of_service_and_alerts() {
      Exchange c =
          new Exchange(
              network,
              clock,
              300,
              IsupConfig.of(TrunkGroupConfig.of("toD", PointCode.itu(400), 1, 2)));
      Exchange d =
          new Exchange(
              network,
              clock,
              400,
              IsupConfig.of(TrunkGroupConfig.of("toC", PointCode.itu(300), 2, 2)));
      c.isup.placeCall(CallSetup.of("toD", "1", ""));
      clock.runDue(); // what a request caused is indicated after it has returned
      assertThat(Wire.ladder(network.log())).containsExactly("300>400 IAM 1", "400>300 UCIC 1");
      assertThat(d.isup.counters().get("unequippedCicSent")).isEqualTo(1);
      assertThat(c.releases).extracting(r -> r.cause().code()).containsExactly(41);
      assertThat(c.alerts).anyMatch(s -> s.contains("UCIC"));
      assertThat(c.isup.trunkGroup("toD").circuit(1).selectable()).isFalse();
      assertThat(c.isup.activeCalls()).isZero();
    }
  }
}
