package org.ss7sim.m3ua.asp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.m3ua.message.Status;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.testkit.VirtualClock;

class ApplicationServerTest {
  private final VirtualClock clock = new VirtualClock();
  private final List<String> log = new ArrayList<>();
  private final List<String> released = new ArrayList<>();

  private ApplicationServer<String, String> as(TrafficModeType mode) {
    return as(mode, 0);
  }

  private ApplicationServer<String, String> as(TrafficModeType mode, int minimumActiveAsps) {
    return new ApplicationServer<>(
        "as1",
        10,
        mode,
        Duration.ofSeconds(2),
        clock,
        new ApplicationServer.Events<>() {
          @Override
          public void notify(ApplicationServer<String, String> as, String asp, Status status) {
            log.add("NTFY " + asp + " " + status.type() + "/" + status.info());
          }

          @Override
          public void stateChanged(ApplicationServer<String, String> as, AsState from, AsState to) {
            log.add(from + "->" + to);
          }

          @Override
          public void release(ApplicationServer<String, String> as, List<String> queued) {
            released.addAll(queued);
          }
        },
        minimumActiveAsps);
  }

  @Nested
  class InsufficientAspResourcesSection4_3_4_3 {
    @Test
    void loadshare_as_dropping_below_its_minimum_notifies_the_inactive_asps() {
      var as = as(TrafficModeType.LOADSHARE, 2);
      as.aspInactive("spare");
      as.aspActive("a");
      as.aspActive("b");
      log.clear();
      as.aspDown("a");
      assertThat(as.state()).isEqualTo(AsState.AS_ACTIVE);
      assertThat(log).containsExactly("NTFY spare 2/1");
    }

    @Test
    void it_is_sent_once_when_crossing_the_minimum_not_again_further_down() {
      var as = as(TrafficModeType.LOADSHARE, 3);
      as.aspInactive("spare");
      as.aspActive("a");
      as.aspActive("b");
      as.aspActive("c");
      log.clear();
      as.aspDown("a");
      as.aspDown("b");
      assertThat(log).containsExactly("NTFY spare 2/1");
    }

    @Test
    void losing_the_last_active_asp_notifies_as_pending_instead() {
      var as = as(TrafficModeType.LOADSHARE, 2);
      as.aspInactive("spare");
      as.aspActive("a");
      log.clear();
      as.aspDown("a");
      assertThat(log).containsExactly("NTFY spare 1/4", "AS_ACTIVE->AS_PENDING");
    }

    @Test
    void broadcast_and_unconfigured_loadshare_ases_never_send_it() {
      var broadcast = as(TrafficModeType.BROADCAST, 2);
      var plain = as(TrafficModeType.LOADSHARE);
      for (var as : List.of(broadcast, plain)) {
        as.aspInactive("spare");
        as.aspActive("a");
        as.aspActive("b");
      }
      log.clear();
      broadcast.aspDown("a");
      plain.aspDown("a");
      assertThat(log).isEmpty();
    }
  }

  @Nested
  class AsStateMachineSection4_3_2 {
    @Test
    void first_asp_up_moves_as_from_down_to_inactive_with_ntfy() {
      var as = as(TrafficModeType.OVERRIDE);
      as.aspInactive("a");
      assertThat(as.state()).isEqualTo(AsState.AS_INACTIVE);
      assertThat(log).containsExactly("NTFY a 1/2", "AS_DOWN->AS_INACTIVE");
    }

    @Test
    void asp_active_moves_as_to_active_and_every_up_asp_is_notified() {
      var as = as(TrafficModeType.LOADSHARE);
      as.aspInactive("a");
      as.aspInactive("b");
      log.clear();
      as.aspActive("a");
      assertThat(as.state()).isEqualTo(AsState.AS_ACTIVE);
      assertThat(log).containsExactly("NTFY a 1/3", "NTFY b 1/3", "AS_INACTIVE->AS_ACTIVE");
    }

    @Test
    void last_active_asp_going_inactive_makes_as_pending_and_t_r_expiry_makes_it_inactive() {
      var as = as(TrafficModeType.OVERRIDE);
      as.aspInactive("a");
      as.aspActive("a");
      as.aspInactive("a");
      assertThat(as.state()).isEqualTo(AsState.AS_PENDING);
      assertThat(as.hold("m1")).isTrue();
      clock.advance(Duration.ofMillis(1999));
      assertThat(as.state()).isEqualTo(AsState.AS_PENDING);
      clock.advance(Duration.ofMillis(1));
      assertThat(as.state()).isEqualTo(AsState.AS_INACTIVE);
      assertThat(as.discarded()).isEqualTo(1);
      assertThat(released).isEmpty();
    }

    @Test
    void t_r_expiry_with_no_asp_up_makes_as_down() {
      var as = as(TrafficModeType.OVERRIDE);
      as.aspInactive("a");
      as.aspActive("a");
      as.aspDown("a");
      assertThat(as.state()).isEqualTo(AsState.AS_PENDING);
      clock.advance(Duration.ofSeconds(2));
      assertThat(as.state()).isEqualTo(AsState.AS_DOWN);
      assertThat(log).endsWith("AS_PENDING->AS_DOWN");
    }

    @Test
    void asp_active_before_t_r_expiry_returns_as_to_active_and_releases_held_messages() {
      var as = as(TrafficModeType.OVERRIDE);
      as.aspInactive("a");
      as.aspInactive("b");
      as.aspActive("a");
      as.aspDown("a");
      as.hold("m1");
      as.hold("m2");
      as.aspActive("b");
      assertThat(as.state()).isEqualTo(AsState.AS_ACTIVE);
      assertThat(released).containsExactly("m1", "m2");
      assertThat(clock.pendingTimers()).isZero();
    }

    @Test
    void last_asp_down_from_inactive_makes_as_down() {
      var as = as(TrafficModeType.OVERRIDE);
      as.aspInactive("a");
      as.aspDown("a");
      assertThat(as.state()).isEqualTo(AsState.AS_DOWN);
    }

    @Test
    void messages_are_not_held_unless_pending() {
      var as = as(TrafficModeType.OVERRIDE);
      assertThat(as.hold("m")).isFalse();
      assertThat(as.discarded()).isEqualTo(1);
    }
  }

  @Nested
  class TrafficModesSection4_3_4_3 {
    @Test
    void override_newly_active_asp_displaces_the_old_one_with_alternate_asp_active() {
      var as = as(TrafficModeType.OVERRIDE);
      as.aspInactive("a");
      as.aspInactive("b");
      as.aspActive("a");
      log.clear();
      as.aspActive("b");
      assertThat(log).containsExactly("NTFY a 2/2");
      assertThat(as.aspState("a")).isEqualTo(AspState.ASP_INACTIVE);
      assertThat(as.select(5)).containsExactly("b");
    }

    @Test
    void override_failover_to_the_standby_keeps_the_as_active() {
      var as = as(TrafficModeType.OVERRIDE);
      as.aspInactive("a");
      as.aspInactive("b");
      as.aspActive("a");
      as.aspDown("a");
      as.aspActive("b");
      assertThat(as.select(0)).containsExactly("b");
    }

    @Test
    void loadshare_spreads_sls_values_evenly_and_moves_all_to_the_survivor() {
      var as = as(TrafficModeType.LOADSHARE);
      as.aspInactive("a");
      as.aspInactive("b");
      as.aspActive("a");
      as.aspActive("b");
      Map<String, Integer> count = new HashMap<>();
      for (int sls = 0; sls < 16; sls++) {
        count.merge(as.select(sls).get(0), 1, Integer::sum);
      }
      assertThat(count).containsEntry("a", 8).containsEntry("b", 8);
      as.aspDown("a");
      assertThat(as.state()).isEqualTo(AsState.AS_ACTIVE);
      for (int sls = 0; sls < 16; sls++) {
        assertThat(as.select(sls)).containsExactly("b");
      }
    }

    @Test
    void broadcast_sends_to_every_active_asp() {
      var as = as(TrafficModeType.BROADCAST);
      as.aspInactive("a");
      as.aspInactive("b");
      as.aspActive("a");
      as.aspActive("b");
      assertThat(as.select(3)).containsExactly("a", "b");
    }
  }
}
