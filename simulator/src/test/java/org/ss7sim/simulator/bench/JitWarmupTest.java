package org.ss7sim.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The JIT warm-up loads each rate (half the first, then the first) in steps until a step compiled
 * under 1% of its time, all within its bound.
 */
class JitWarmupTest {
  /** Compile-time readings taken in turn (the accumulated ms, before and after each step). */
  private static Supplier<OptionalLong> readings(long... millis) {
    int[] i = {0};
    return () -> OptionalLong.of(millis[Math.min(i[0]++, millis.length - 1)]);
  }

  /** A step that records its rate and length. */
  private record Ran(double rate, Duration length) {}

  @Test
  void each_rate_loads_until_a_step_compiled_under_one_percent() throws Exception {
    List<Ran> ran = new ArrayList<>();
    // at 2,000/s steps compile 3,000, 1,200, 400 then 49 ms of 5,000: the fourth is quiet
    // (49 < 50); at 4,000/s the first step compiles 900 ms (new profiles), the second 30
    JitWarmup.Outcome o =
        JitWarmup.run(
            List.of(2000.0, 4000.0),
            Duration.ofSeconds(90),
            readings(0, 3000, 3000, 4200, 4200, 4600, 4600, 4649, 4649, 5549, 5549, 5579),
            (rate, length) -> ran.add(new Ran(rate, length)));
    Duration five = Duration.ofSeconds(5);
    assertThat(ran)
        .containsExactly(
            new Ran(2000, five),
            new Ran(2000, five),
            new Ran(2000, five),
            new Ran(2000, five),
            new Ran(4000, five),
            new Ran(4000, five));
    assertThat(o.quiet()).isTrue();
    assertThat(o.steps()).isEqualTo(6);
    assertThat(o.loaded()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.phases())
        .containsExactly(
            new JitWarmup.Phase(2000, Duration.ofSeconds(20), 4, true),
            new JitWarmup.Phase(4000, Duration.ofSeconds(10), 2, true));
    assertThat(o.lastStepCompileMillis()).isEqualTo(30);
    assertThat(o.line())
        .isEqualTo(
            "JIT warm-up: 20 s at 2000/s, then 10 s at 4000/s, the compiler went quiet (30 ms"
                + " compiling in the last step)");
  }

  @Test
  void a_step_at_one_percent_is_not_quiet_and_the_bound_ends_the_warm_up() throws Exception {
    List<Ran> ran = new ArrayList<>();
    // every step compiles 50 ms of 5,000 (exactly 1%): never quiet; 12 s allow 5 + 5 + 2, all at
    // the first rate: the second gets no time
    long[] r = new long[8];
    for (int i = 0; i < r.length; i++) {
      r[i] = 50L * ((i + 1) / 2);
    }
    JitWarmup.Outcome o =
        JitWarmup.run(
            List.of(5.0, 10.0),
            Duration.ofSeconds(12),
            readings(r),
            (rate, length) -> ran.add(new Ran(rate, length)));
    assertThat(ran)
        .containsExactly(
            new Ran(5, Duration.ofSeconds(5)),
            new Ran(5, Duration.ofSeconds(5)),
            new Ran(5, Duration.ofSeconds(2)));
    assertThat(o.quiet()).isFalse();
    assertThat(o.loaded()).isEqualTo(Duration.ofSeconds(12));
    assertThat(o.line())
        .isEqualTo(
            "JIT warm-up: 12 s at 5/s, the compiler still busy at the bound (50 ms compiling in"
                + " the last step)");
  }

  @Test
  void the_bound_cuts_the_full_rate_short() throws Exception {
    List<Ran> ran = new ArrayList<>();
    // quiet at once at 5/s (0 ms), then busy at 10/s until the 8 s bound: 5 + 3
    JitWarmup.Outcome o =
        JitWarmup.run(
            List.of(5.0, 10.0),
            Duration.ofSeconds(8),
            readings(0, 0, 0, 1000),
            (rate, length) -> ran.add(new Ran(rate, length)));
    assertThat(ran)
        .containsExactly(new Ran(5, Duration.ofSeconds(5)), new Ran(10, Duration.ofSeconds(3)));
    assertThat(o.quiet()).isFalse();
    assertThat(o.phases().get(1))
        .isEqualTo(new JitWarmup.Phase(10, Duration.ofSeconds(3), 1, false));
  }

  @Test
  void without_compile_times_the_whole_bound_is_loaded_at_the_first_rate() throws Exception {
    List<Ran> ran = new ArrayList<>();
    JitWarmup.Outcome o =
        JitWarmup.run(
            List.of(5.0, 10.0),
            Duration.ofSeconds(7),
            OptionalLong::empty,
            (rate, length) -> ran.add(new Ran(rate, length)));
    assertThat(ran)
        .containsExactly(new Ran(5, Duration.ofSeconds(5)), new Ran(5, Duration.ofSeconds(2)));
    assertThat(o.quiet()).isFalse();
  }
}
