package org.ss7sim.transport.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many owners on a few threads: each {@link NodeLoop} taken from a {@link LoopPool} runs all its
 * tasks and timers on one thread (the single-owner rule), the owners are spread over the pool's
 * threads, and closing an owner drops its pending work without stopping the shared thread.
 */
class LoopPoolTest {
  @Test
  void each_owner_keeps_one_thread_and_the_owners_share_the_pool() throws Exception {
    try (LoopPool pool = LoopPool.start(2, "pool-test")) {
      List<NodeLoop> owners = new java.util.ArrayList<>();
      for (int i = 0; i < 10; i++) {
        owners.add(pool.next("owner-" + i));
      }
      Map<String, Set<Thread>> seen = new ConcurrentHashMap<>();
      CountDownLatch done = new CountDownLatch(10 * 100 * 2);
      for (NodeLoop o : owners) {
        for (int k = 0; k < 100; k++) {
          o.execute(
              () -> {
                seen.computeIfAbsent(o.name(), n -> ConcurrentHashMap.newKeySet())
                    .add(Thread.currentThread());
                done.countDown();
              });
          o.timers()
              .schedule(
                  Duration.ofMillis(k % 5),
                  () -> {
                    seen.computeIfAbsent(o.name(), n -> ConcurrentHashMap.newKeySet())
                        .add(Thread.currentThread());
                    done.countDown();
                  });
        }
      }
      assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
      Set<Thread> all = new HashSet<>();
      for (NodeLoop o : owners) {
        assertThat(seen.get(o.name())).as(o.name()).hasSize(1);
        all.addAll(seen.get(o.name()));
        assertThat(o.call(o::inLoop, 5_000)).isTrue();
      }
      assertThat(all).as("10 owners on the pool's 2 threads").hasSize(2);
      owners.forEach(NodeLoop::close);
    }
  }

  @Test
  void closing_an_owner_drops_its_pending_tasks_and_timers_but_not_the_thread() throws Exception {
    try (LoopPool pool = LoopPool.start(1, "pool-test")) {
      NodeLoop closed = pool.next("closed");
      NodeLoop other = pool.next("other");
      AtomicInteger ran = new AtomicInteger();
      CountDownLatch hold = new CountDownLatch(1);
      other.execute(
          () -> {
            try {
              hold.await(5, TimeUnit.SECONDS); // keep the one thread busy while we close
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      closed.execute(ran::incrementAndGet); // queued behind the busy task
      closed.timers().schedule(Duration.ofMillis(1), ran::incrementAndGet);
      closed.close();
      hold.countDown();
      closed.execute(ran::incrementAndGet); // after close: dropped
      closed.timers().schedule(Duration.ZERO, ran::incrementAndGet);
      // the shared thread still serves the other owner, after the dropped work's time has passed
      CountDownLatch later = new CountDownLatch(1);
      other.timers().schedule(Duration.ofMillis(50), later::countDown);
      assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(other.call(() -> "still running", 5_000)).isEqualTo("still running");
      assertThat(ran.get()).isZero();
      other.close();
    }
  }

  @Test
  void a_call_from_the_owners_thread_runs_at_once() throws Exception {
    try (LoopPool pool = LoopPool.start(1, "pool-test")) {
      NodeLoop a = pool.next("a");
      NodeLoop b = pool.next("b");
      // b shares a's thread: waiting for b from a's task would never end; it runs at once
      assertThat(a.call(() -> b.call(() -> 42, 1_000), 5_000)).isEqualTo(42);
      a.close();
      b.close();
    }
  }
}
