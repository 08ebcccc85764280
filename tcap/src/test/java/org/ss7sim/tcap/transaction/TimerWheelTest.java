package org.ss7sim.tcap.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.testkit.VirtualClock;

class TimerWheelTest {
  final VirtualClock clock = new VirtualClock();
  final TimerWheel wheel = new TimerWheel(clock, Duration.ofMillis(100), 8);
  final List<String> fired = new ArrayList<>();

  WheelEntry entry(String name) {
    return new WheelEntry() {
      @Override
      protected void expire() {
        fired.add(name);
      }
    };
  }

  @Test
  void entries_fire_not_early_and_at_most_one_tick_late() {
    wheel.schedule(entry("a"), Duration.ofMillis(250));
    clock.advance(Duration.ofMillis(249));
    assertThat(fired).isEmpty();
    clock.advance(Duration.ofMillis(100));
    assertThat(fired).containsExactly("a");
    assertThat(wheel.size()).isZero();
    assertThat(clock.pendingTimers()).as("no ticking while empty").isZero();
  }

  @Test
  void timers_longer_than_one_revolution_wait_their_turn() {
    wheel.schedule(entry("long"), Duration.ofSeconds(5));
    clock.advance(Duration.ofMillis(4900));
    assertThat(fired).isEmpty();
    clock.advance(Duration.ofMillis(200));
    assertThat(fired).containsExactly("long");
  }

  @Test
  void rescheduling_and_cancelling_are_honoured() {
    WheelEntry a = entry("a");
    WheelEntry b = entry("b");
    wheel.schedule(a, Duration.ofMillis(300));
    wheel.schedule(b, Duration.ofMillis(300));
    clock.advance(Duration.ofMillis(200));
    wheel.schedule(a, Duration.ofMillis(300));
    wheel.cancel(b);
    assertThat(b.isArmed()).isFalse();
    clock.advance(Duration.ofMillis(250));
    assertThat(fired).isEmpty();
    clock.advance(Duration.ofMillis(200));
    assertThat(fired).containsExactly("a");
  }

  @Test
  void
      an_entry_re_armed_with_no_delay_from_an_expiry_fires_on_the_next_tick_not_a_revolution_later() {
    WheelEntry again = entry("again");
    WheelEntry first =
        new WheelEntry() {
          @Override
          protected void expire() {
            fired.add("first");
            wheel.schedule(again, Duration.ZERO);
          }
        };
    wheel.schedule(first, Duration.ofMillis(100));
    clock.advance(Duration.ofMillis(150));
    assertThat(fired).containsExactly("first");
    clock.advance(Duration.ofMillis(100));
    assertThat(fired).containsExactly("first", "again");
  }
}
