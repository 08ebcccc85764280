package org.ss7sim.tcap;

import java.time.Duration;
import java.util.ArrayDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.wire.time.TimerService;

/**
 * The shell's indication queue: indications are queued while a call into the stack runs and reach
 * the TC-user only when the outermost call has returned. A message from SCCP or a timer delivers
 * what it caused at its end ({@link #leave()}), one callback after the other; a request made from
 * inside a callback is nested, so its indications follow that callback; a request made from outside
 * the stack ({@link #leaveRequest()}) hands what it caused (only possible when SCCP answers
 * synchronously) to the timer service as a zero-delay task, so it arrives after the request
 * returned.
 */
final class IndicationQueue {
  private static final Logger LOG = LoggerFactory.getLogger(IndicationQueue.class);

  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
  private final TimerService timers;
  private final TcapCounters counters;
  private int depth;
  private boolean drainScheduled;

  IndicationQueue(TimerService timers, TcapCounters counters) {
    this.timers = timers;
    this.counters = counters;
  }

  void add(Runnable indication) {
    queue.add(indication);
  }

  /** A call into the stack begins. */
  void enter() {
    depth++;
  }

  /** A call from SCCP or a timer ends: at the outermost level, deliver what is queued. */
  void leave() {
    if (--depth == 0) {
      drain();
    }
  }

  /** A TC-user request ends: at the outermost level, deliver from the timer service. */
  void leaveRequest() {
    if (--depth == 0 && !queue.isEmpty() && !drainScheduled) {
      drainScheduled = true;
      timers.schedule(Duration.ZERO, this::scheduledDrain);
    }
  }

  private void scheduledDrain() {
    drainScheduled = false;
    if (depth == 0) {
      drain();
    }
  }

  private void drain() {
    Runnable next;
    while ((next = queue.poll()) != null) {
      depth++;
      try {
        next.run();
      } catch (RuntimeException e) {
        counters.userCallbackFailures++;
        LOG.debug("TC-user callback failed", e);
      } finally {
        depth--;
      }
    }
  }
}
