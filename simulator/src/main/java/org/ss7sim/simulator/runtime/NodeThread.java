package org.ss7sim.simulator.runtime;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * The one thread that owns a node's protocol instances: it runs submitted work and timer tasks in
 * order, never two at once. A task that throws is logged and counted; the thread keeps serving.
 */
public final class NodeThread implements Executor, TimerService, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NodeThread.class);

  private final String name;
  private final ScheduledThreadPoolExecutor executor;
  private volatile long failedTasks;

  public NodeThread(String name) {
    this.name = name;
    this.executor =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "node-" + name);
              t.setDaemon(true);
              return t;
            });
    executor.setRemoveOnCancelPolicy(true);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  public String name() {
    return name;
  }

  /** Runs {@code task} on this node's thread; after {@link #close()} the task is dropped. */
  @Override
  public void execute(Runnable task) {
    try {
      executor.execute(guarded(task));
    } catch (RejectedExecutionException e) {
      LOG.debug("node {} is stopped; task dropped", name);
    }
  }

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public long currentTimeMillis() {
    return System.currentTimeMillis();
  }

  @Override
  public Timer schedule(Duration delay, Runnable task) {
    try {
      ScheduledFuture<?> f =
          executor.schedule(guarded(task), delay.toNanos(), TimeUnit.NANOSECONDS);
      return () -> f.cancel(false);
    } catch (RejectedExecutionException e) {
      LOG.debug("node {} is stopped; timer dropped", name);
      return () -> false;
    }
  }

  /** Tasks that threw an exception (each was logged); a healthy node keeps this at zero. */
  public long failedTasks() {
    return failedTasks;
  }

  /** Whether the calling code runs on this node's thread. */
  public boolean inThread() {
    return Thread.currentThread().getName().equals("node-" + name);
  }

  /** Stops the thread after the task in progress; pending work and timers are dropped. */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("node {} did not stop within 5 s", name);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        failedTasks++;
        LOG.error("node {}: task failed", name, e);
      }
    };
  }
}
