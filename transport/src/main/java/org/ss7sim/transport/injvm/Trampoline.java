package org.ss7sim.transport.injvm;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run-to-completion executor for single-threaded tests: a task submitted while another runs is
 * queued and run after it, on the same thread, so listeners never re-enter each other.
 */
public final class Trampoline implements Executor {
  private static final Logger LOG = LoggerFactory.getLogger(Trampoline.class);
  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
  private boolean running;
  private long failures;

  @Override
  public void execute(Runnable task) {
    queue.add(task);
    if (running) {
      return;
    }
    running = true;
    try {
      Runnable next;
      while ((next = queue.poll()) != null) {
        try {
          next.run();
        } catch (RuntimeException e) {
          failures++;
          LOG.warn("task failed on in-JVM trampoline", e);
        }
      }
    } finally {
      running = false;
    }
  }

  /** Tasks that threw (logged and counted; the trampoline continues). */
  public long failures() {
    return failures;
  }
}
