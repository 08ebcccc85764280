package org.ss7sim.simulator.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NodeThreadTest {
  @Test
  void work_and_timers_run_in_order_on_the_node_thread_and_a_failing_task_does_not_stop_it()
      throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(1);
    try (NodeThread node = new NodeThread("hlr")) {
      node.execute(() -> seen.add("first on " + Thread.currentThread().getName()));
      node.execute(
          () -> {
            throw new IllegalStateException("boom");
          });
      node.schedule(
          Duration.ofMillis(20),
          () -> {
            seen.add("timer, inThread=" + node.inThread());
            done.countDown();
          });
      node.execute(() -> seen.add("second"));
      assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(seen).containsExactly("first on node-hlr", "second", "timer, inThread=true");
      assertThat(node.failedTasks()).isEqualTo(1);
    }
  }

  @Test
  void a_cancelled_timer_does_not_run_and_nothing_runs_after_close() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    NodeThread node = new NodeThread("msc");
    var timer = node.schedule(Duration.ofSeconds(30), () -> seen.add("cancelled"));
    assertThat(timer.cancel()).isTrue();
    CountDownLatch later = new CountDownLatch(1);
    node.schedule(Duration.ofMillis(30), later::countDown);
    assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
    node.close();
    node.execute(() -> seen.add("after close"));
    assertThat(seen).isEmpty();
  }
}
