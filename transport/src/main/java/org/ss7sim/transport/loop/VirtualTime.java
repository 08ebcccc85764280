package org.ss7sim.transport.loop;

import java.time.Duration;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * A discrete-event clock: one queue of tasks ordered by virtual time (then by the order they were
 * given), run one after the other by the thread that calls {@link #runUntil}. Every protocol
 * instance sharing it sees the same time, which moves only from one task's time to the next's: an
 * hour of timers passes as fast as the tasks run, and the same tasks in the same order give the
 * same result every time. Time starts at 0 ns; wall-clock time is a fixed epoch plus that.
 *
 * <p>Single-threaded: tasks, timers and {@link #runUntil} all belong to one thread (the one that
 * creates and drives it); {@link #execute} from a task queues at the current time.
 */
public final class VirtualTime implements Executor, TimerService {
  private static final Logger LOG = LoggerFactory.getLogger(VirtualTime.class);

  /** 2026-01-01T00:00:00Z: wall-clock time at virtual time 0. */
  public static final long EPOCH_MILLIS = 1_767_225_600_000L;

  private final PriorityQueue<Task> queue =
      new PriorityQueue<>(
          (a, b) -> a.at != b.at ? Long.compare(a.at, b.at) : Long.compare(a.seq, b.seq));
  private long now;
  private long seq;
  private long executed;

  private static final class Task implements Timer {
    final long at;
    final long seq;
    final Runnable work;
    boolean cancelled;
    boolean done;

    Task(long at, long seq, Runnable work) {
      this.at = at;
      this.seq = seq;
      this.work = work;
    }

    @Override
    public boolean cancel() {
      if (cancelled || done) {
        return false;
      }
      cancelled = true;
      return true;
    }
  }

  @Override
  public synchronized void execute(Runnable task) {
    queue.add(new Task(now, seq++, task));
  }

  @Override
  public synchronized Timer schedule(Duration delay, Runnable task) {
    long d = Math.max(0, delay.toNanos());
    Task t = new Task(now + d, seq++, task);
    queue.add(t);
    return t;
  }

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized long currentTimeMillis() {
    return EPOCH_MILLIS + now / 1_000_000;
  }

  /** Tasks run so far. */
  public synchronized long executed() {
    return executed;
  }

  /**
   * Runs tasks in time order until {@code done} completes, returning its value; or until virtual
   * time would pass {@code limit} from now (null: no limit) or no task is left, throwing {@link
   * TimeoutException}.
   */
  public <T> T runUntil(CompletableFuture<T> done, Duration limit)
      throws TimeoutException, ExecutionException, InterruptedException {
    long end;
    synchronized (this) {
      end = limit == null ? Long.MAX_VALUE : now + limit.toNanos();
    }
    while (!done.isDone()) {
      Task t;
      synchronized (this) {
        t = queue.peek();
        if (t == null || t.at > end) {
          now = Math.max(now, end == Long.MAX_VALUE ? now : end);
          throw new TimeoutException(
              t == null ? "no event left at " + now + " ns" : "virtual time limit " + limit);
        }
        queue.poll();
        now = t.at;
        if (t.cancelled) {
          continue;
        }
        t.done = true;
        executed++;
      }
      try {
        t.work.run();
      } catch (RuntimeException | Error e) {
        LOG.warn("virtual-time task failed", e);
      }
    }
    return done.get();
  }
}
