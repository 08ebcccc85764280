package org.ss7sim.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.wire.time.Timer;

class VirtualClockTest {
  @Test
  void timers_fire_in_due_order_at_their_own_time_and_only_when_time_is_advanced() {
    VirtualClock clock = new VirtualClock();
    List<String> fired = new ArrayList<>();
    clock.schedule(Duration.ofSeconds(2), () -> fired.add("b@" + clock.nanoTime()));
    clock.schedule(Duration.ofSeconds(1), () -> fired.add("a@" + clock.nanoTime()));
    clock.schedule(Duration.ofSeconds(1), () -> fired.add("a2@" + clock.nanoTime()));
    assertThat(fired).isEmpty();
    clock.advance(Duration.ofMillis(1500));
    assertThat(fired).containsExactly("a@1000000000", "a2@1000000000");
    clock.advance(Duration.ofSeconds(1));
    assertThat(fired).containsExactly("a@1000000000", "a2@1000000000", "b@2000000000");
    assertThat(clock.nanoTime()).isEqualTo(2_500_000_000L);
  }

  @Test
  void a_cancelled_timer_never_fires_and_tasks_may_schedule_more_tasks() {
    VirtualClock clock = new VirtualClock();
    List<String> fired = new ArrayList<>();
    Timer t = clock.schedule(Duration.ofSeconds(1), () -> fired.add("cancelled"));
    clock.schedule(
        Duration.ofSeconds(1),
        () -> clock.schedule(Duration.ofSeconds(1), () -> fired.add("chained")));
    assertThat(t.cancel()).isTrue();
    assertThat(clock.pendingTimers()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(3));
    assertThat(fired).containsExactly("chained");
    assertThat(t.cancel()).isFalse();
    assertThat(clock.pendingTimers()).isZero();
  }

  @Test
  void wall_clock_moves_with_virtual_time() {
    VirtualClock clock = new VirtualClock(java.time.Instant.parse("2026-11-26T00:00:00Z"));
    clock.advance(Duration.ofMillis(250));
    assertThat(clock.currentTimeMillis())
        .isEqualTo(java.time.Instant.parse("2026-11-26T00:00:00.250Z").toEpochMilli());
  }
}
