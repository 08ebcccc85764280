package org.ss7sim.transport.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A loop for tasks and timers only ({@link NodeLoop#startWithoutIo}): tasks in the order given and
 * sub-millisecond timers, all on the loop's one thread, none before it is due; no sockets.
 */
class NodeLoopWithoutIoTest {
  @Test
  void runs_tasks_in_order_and_timers_when_due_on_its_one_thread() throws Exception {
    NodeLoop loop = NodeLoop.startWithoutIo("timers-only");
    try {
      List<String> ran = new CopyOnWriteArrayList<>();
      List<Thread> threads = new CopyOnWriteArrayList<>();
      CountDownLatch done = new CountDownLatch(203);
      long[] early = new long[1];
      loop.execute(
          () -> {
            // sub-millisecond timers, as an open-loop generator sets them, due in this order
            long start = loop.timers().nanoTime();
            for (int i = 200; i >= 1; i--) {
              long due = start + i * 50_000L;
              String name = "timer-" + i;
              loop.timers()
                  .schedule(
                      Duration.ofNanos(Math.max(0, due - loop.timers().nanoTime())),
                      () -> {
                        if (loop.timers().nanoTime() < due) {
                          early[0]++;
                        }
                        ran.add(name);
                        threads.add(Thread.currentThread());
                        done.countDown();
                      });
            }
          });
      for (int i = 0; i < 3; i++) {
        String name = "task-" + i;
        loop.execute(
            () -> {
              ran.add(name);
              threads.add(Thread.currentThread());
              done.countDown();
            });
      }
      assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
      // timers due meanwhile may run between the tasks; the tasks keep their order
      assertThat(ran.stream().filter(n -> n.startsWith("task-")))
          .containsExactly("task-0", "task-1", "task-2");
      assertThat(ran.stream().filter(n -> n.startsWith("timer-")))
          .hasSize(200)
          .doesNotHaveDuplicates();
      assertThat(early[0]).as("timers run before they were due").isZero();
      assertThat(threads).hasSize(203).allMatch(t -> t == threads.get(0));
      assertThat(threads.get(0).getName()).startsWith("timers-only");
      assertThat(loop.call(loop::inLoop, 5_000)).isTrue();
      assertThat(loop.inLoop()).isFalse();
    } finally {
      loop.close();
    }
  }

  @Test
  void refuses_sockets() {
    NodeLoop loop = NodeLoop.startWithoutIo("timers-only");
    try {
      assertThatThrownBy(loop::tcp).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(loop::sctp).isInstanceOf(IllegalStateException.class);
    } finally {
      loop.close();
    }
  }

  @Test
  void a_timer_cancelled_before_it_is_due_does_not_run() throws Exception {
    NodeLoop loop = NodeLoop.startWithoutIo("timers-only");
    try {
      List<String> ran = new CopyOnWriteArrayList<>();
      CountDownLatch last = new CountDownLatch(1);
      loop.execute(
          () -> {
            var t = loop.timers().schedule(Duration.ofMillis(1), () -> ran.add("cancelled"));
            loop.timers()
                .schedule(
                    Duration.ofMillis(2),
                    () -> {
                      ran.add("kept");
                      last.countDown();
                    });
            t.cancel();
          });
      assertThat(last.await(20, TimeUnit.SECONDS)).isTrue();
      assertThat(ran).containsExactly("kept");
    } finally {
      loop.close();
    }
  }
}
