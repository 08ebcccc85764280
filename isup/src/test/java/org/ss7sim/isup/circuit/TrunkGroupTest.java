package org.ss7sim.isup.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ss7sim.mtp.PointCode;

/** Circuit selection policies and dual seizure control (Q.764 §2.9.1.4). */
class TrunkGroupTest {
  static final CircuitUse BUSY = () -> false;

  TrunkGroup group(SelectionPolicy policy, int local, int remote) {
    return new TrunkGroup(
        new TrunkGroupConfig(
            "g",
            PointCode.itu(remote),
            List.of(CicRange.of(1, 4), CicRange.of(10, 13)),
            policy,
            GlarePolicy.POINT_CODE_EVEN_ODD),
        PointCode.itu(local),
        7);
  }

  @Test
  void sequential_takes_the_next_idle_circuit_in_cic_order() {
    TrunkGroup g = group(SelectionPolicy.SEQUENTIAL, 1, 2);
    Circuit first = g.select();
    first.use(BUSY, 0);
    assertThat(first.cic().value()).isEqualTo(1);
    assertThat(g.select().cic().value()).isEqualTo(2);
  }

  @Test
  void random_spreads_over_the_group_and_is_reproducible_with_a_seed() {
    TrunkGroup g = group(SelectionPolicy.RANDOM, 1, 2);
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      seen.add(g.select().cic().value());
    }
    assertThat(seen).hasSize(8);
    assertThat(group(SelectionPolicy.RANDOM, 1, 2).select().cic())
        .isEqualTo(group(SelectionPolicy.RANDOM, 1, 2).select().cic());
  }

  @Test
  void least_recently_used_takes_the_circuit_released_longest_ago() {
    TrunkGroup g = group(SelectionPolicy.LEAST_RECENTLY_USED, 1, 2);
    for (Circuit c : g.circuits()) {
      c.use(BUSY, 0);
      c.use(null, 100 - c.cic().value());
    }
    assertThat(g.select().cic().value()).isEqualTo(13);
  }

  @Test
  void odd_even_prefers_circuits_this_end_controls_from_the_top() {
    TrunkGroup higher = group(SelectionPolicy.ODD_EVEN, 2, 1);
    TrunkGroup lower = group(SelectionPolicy.ODD_EVEN, 1, 2);
    assertThat(higher.select().cic().value()).isEqualTo(12);
    assertThat(lower.select().cic().value()).isEqualTo(13);
    for (Circuit c : higher.circuits()) {
      if (c.cic().even()) {
        c.use(BUSY, 0);
      }
    }
    assertThat(higher.select().cic().value()).isEqualTo(1);
  }

  @Test
  void higher_point_code_controls_even_circuits_under_the_point_code_rule() {
    TrunkGroup higher = group(SelectionPolicy.SEQUENTIAL, 2, 1);
    assertThat(higher.controls(higher.circuit(2))).isTrue();
    assertThat(higher.controls(higher.circuit(3))).isFalse();
    TrunkGroup lower = group(SelectionPolicy.SEQUENTIAL, 1, 2);
    assertThat(lower.controls(lower.circuit(3))).isTrue();
  }

  @Test
  void blocked_resetting_and_busy_circuits_are_never_selected() {
    TrunkGroup g = group(SelectionPolicy.SEQUENTIAL, 1, 2);
    g.circuit(1).localBlocking(Circuit.LocalBlocking.BLOCKED);
    g.circuit(2).remoteMaintenanceBlocked(true);
    g.circuit(3).remoteHardwareBlocked(true);
    g.circuit(4).reset(ResetState.AWAITING_RELEASE_COMPLETE);
    g.circuit(10).use(BUSY, 0);
    g.circuit(11).localHardwareBlocked(true);
    g.circuit(12).remoteUnequipped(true);
    assertThat(g.select().cic().value()).isEqualTo(13);
    g.circuit(13).reset(ResetState.RESET_REQUIRED);
    assertThat(g.select()).isNull();
  }

  @Test
  void inaccessible_group_selects_nothing() {
    TrunkGroup g = group(SelectionPolicy.SEQUENTIAL, 1, 2);
    g.accessible(false);
    assertThat(g.select()).isNull();
  }
}
