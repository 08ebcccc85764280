package org.ss7sim.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The JIT warm-up loads in steps until a step compiled under 5% of its time, or to its bound. */
class JitWarmupTest {
  /** Compile-time readings taken in turn (the accumulated ms, before and after each step). */
  private static Supplier<OptionalLong> readings(long... millis) {
    int[] i = {0};
    return () -> OptionalLong.of(millis[Math.min(i[0]++, millis.length - 1)]);
  }

  @Test
  void stops_after_the_first_step_that_compiled_under_five_percent() throws Exception {
    List<Duration> steps = new ArrayList<>();
    // steps compile 3,000, 1,200, 400 then 249 ms of 5,000: the fourth is quiet (249 < 250)
    JitWarmup.Outcome o =
        JitWarmup.run(
            4000,
            Duration.ofSeconds(90),
            readings(0, 3000, 3000, 4200, 4200, 4600, 4600, 4849),
            steps::add);
    assertThat(steps)
        .containsExactly(
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5));
    assertThat(o.quiet()).isTrue();
    assertThat(o.steps()).isEqualTo(4);
    assertThat(o.loaded()).isEqualTo(Duration.ofSeconds(20));
    assertThat(o.lastStepCompileMillis()).isEqualTo(249);
    assertThat(o.line())
        .isEqualTo(
            "JIT warm-up: 20 s at 4000/s, the compiler went quiet (249 ms compiling in the last"
                + " step)");
  }

  @Test
  void a_step_at_five_percent_is_not_quiet_and_the_bound_ends_the_warm_up() throws Exception {
    List<Duration> steps = new ArrayList<>();
    // every step compiles 250 ms of 5,000 (exactly 5%): never quiet; 12 s allow 5 + 5 + 2
    long[] r = new long[8];
    for (int i = 0; i < r.length; i++) {
      r[i] = 250L * ((i + 1) / 2);
    }
    JitWarmup.Outcome o = JitWarmup.run(10, Duration.ofSeconds(12), readings(r), steps::add);
    assertThat(steps)
        .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2));
    assertThat(o.quiet()).isFalse();
    assertThat(o.loaded()).isEqualTo(Duration.ofSeconds(12));
    assertThat(o.line()).contains("the compiler still busy at the bound");
  }

  @Test
  void without_compile_times_the_whole_bound_is_loaded() throws Exception {
    List<Duration> steps = new ArrayList<>();
    JitWarmup.Outcome o = JitWarmup.run(10, Duration.ofSeconds(7), OptionalLong::empty, steps::add);
    assertThat(steps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(2));
    assertThat(o.quiet()).isFalse();
  }
}
