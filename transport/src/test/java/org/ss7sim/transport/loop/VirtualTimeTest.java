package org.ss7sim.transport.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.ss7sim.wire.time.Timer;

/** The discrete-event clock: time order, then submission order; time jumps; bounded runs. */
class VirtualTimeTest {
  private final VirtualTime time = new VirtualTime();
  private final List<String> seen = new ArrayList<>();

  private void note(String what) {
    seen.add(what + "@" + time.nanoTime() / 1_000_000);
  }

  @Test
  void tasks_run_in_time_order_then_in_the_order_given_and_time_jumps_between_them()
      throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    time.schedule(Duration.ofHours(1), () -> done.complete(null));
    time.schedule(Duration.ofSeconds(2), () -> note("b"));
    time.schedule(Duration.ofSeconds(1), () -> note("a1"));
    time.schedule(Duration.ofSeconds(1), () -> note("a2"));
    time.execute(
        () -> {
          note("now");
          time.schedule(Duration.ofMillis(1500), () -> note("nested"));
          time.execute(() -> note("after-now"));
        });
    time.runUntil(done, null);
    assertThat(seen)
        .containsExactly("now@0", "after-now@0", "a1@1000", "a2@1000", "nested@1500", "b@2000");
    assertThat(time.nanoTime()).isEqualTo(Duration.ofHours(1).toNanos());
    assertThat(time.currentTimeMillis()).isEqualTo(VirtualTime.EPOCH_MILLIS + 3_600_000);
  }

  @Test
  void a_cancelled_timer_never_runs() throws Exception {
    Timer t = time.schedule(Duration.ofSeconds(1), () -> note("cancelled"));
    CompletableFuture<Void> done = new CompletableFuture<>();
    time.schedule(Duration.ofSeconds(2), () -> done.complete(null));
    assertThat(t.cancel()).isTrue();
    assertThat(t.cancel()).isFalse();
    time.runUntil(done, null);
    assertThat(seen).isEmpty();
  }

  @Test
  void a_run_stops_at_its_limit_without_running_later_tasks() {
    time.schedule(Duration.ofSeconds(10), () -> note("late"));
    CompletableFuture<Void> never = new CompletableFuture<>();
    assertThatThrownBy(() -> time.runUntil(never, Duration.ofSeconds(5)))
        .isInstanceOf(TimeoutException.class);
    assertThat(seen).isEmpty();
    assertThat(time.nanoTime()).isEqualTo(Duration.ofSeconds(5).toNanos());
  }

  @Test
  void a_run_with_nothing_left_to_do_ends_instead_of_hanging() {
    CompletableFuture<Void> never = new CompletableFuture<>();
    assertThatThrownBy(() -> time.runUntil(never, null)).isInstanceOf(TimeoutException.class);
  }
}
