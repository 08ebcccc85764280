package org.ss7sim.wire.time;

import java.time.Duration;

/**
 * A clock and a one-shot timer facility. Implementations run timer tasks on the thread that owns
 * the protocol instances using them, never concurrently with that thread's other work.
 */
public interface TimerService {
  /** Monotonic time in nanoseconds, for durations and latencies. */
  long nanoTime();

  /** Wall-clock time in milliseconds since the epoch, for timestamps (pcap, SMPP dates). */
  long currentTimeMillis();

  /** Runs {@code task} once after {@code delay}; the returned handle cancels it. */
  Timer schedule(Duration delay, Runnable task);
}
