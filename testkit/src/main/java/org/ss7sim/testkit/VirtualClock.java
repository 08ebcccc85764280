package org.ss7sim.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * A {@link TimerService} whose time moves only when a test says so. {@link #advance(Duration)} runs
 * every task that falls due, in due-time order (ties in scheduling order), each at its own due
 * time; tasks scheduled by tasks run too if they fall due within the advance.
 */
public final class VirtualClock implements TimerService {
  private final long epochMillisAtZero;
  private final PriorityQueue<Entry> queue = new PriorityQueue<>();
  private long nanos;
  private long sequence;

  /** Starts at 2026-01-01T00:00:00Z with monotonic time zero. */
  public VirtualClock() {
    this(Instant.parse("2026-01-01T00:00:00Z"));
  }

  public VirtualClock(Instant start) {
    this.epochMillisAtZero = start.toEpochMilli();
  }

  @Override
  public long nanoTime() {
    return nanos;
  }

  @Override
  public long currentTimeMillis() {
    return epochMillisAtZero + nanos / 1_000_000L;
  }

  @Override
  public Timer schedule(Duration delay, Runnable task) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("negative delay: " + delay);
    }
    Entry e = new Entry(nanos + delay.toNanos(), sequence++, task);
    queue.add(e);
    return e;
  }

  /** Moves time forward by {@code duration}, running every task that falls due on the way. */
  public void advance(Duration duration) {
    long target = nanos + duration.toNanos();
    Entry e;
    while ((e = queue.peek()) != null && e.due <= target) {
      queue.poll();
      nanos = Math.max(nanos, e.due);
      if (!e.cancelled) {
        e.fired = true;
        e.task.run();
      }
    }
    nanos = target;
  }

  /** Runs tasks already due at the current time (zero-delay tasks). */
  public void runDue() {
    advance(Duration.ZERO);
  }

  /** Number of timers scheduled and neither fired nor cancelled. */
  public int pendingTimers() {
    int n = 0;
    for (Entry e : queue) {
      if (!e.cancelled) {
        n++;
      }
    }
    return n;
  }

  private static final class Entry implements Timer, Comparable<Entry> {
    final long due;
    final long order;
    final Runnable task;
    boolean cancelled;
    boolean fired;

    Entry(long due, long order, Runnable task) {
      this.due = due;
      this.order = order;
      this.task = task;
    }

    @Override
    public boolean cancel() {
      if (cancelled || fired) {
        return false;
      }
      cancelled = true;
      return true;
    }

    @Override
    public int compareTo(Entry o) {
      int c = Long.compare(due, o.due);
      return c != 0 ? c : Long.compare(order, o.order);
    }
  }
}
