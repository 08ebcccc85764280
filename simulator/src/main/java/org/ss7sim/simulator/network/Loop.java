package org.ss7sim.simulator.network;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.ss7sim.transport.loop.NodeLoop;
import org.ss7sim.transport.loop.VirtualTime;
import org.ss7sim.wire.time.TimerService;

/**
 * The thread a node's protocol instances belong to, with its timers: a real event loop per node,
 * or, in a virtual-time run, the one {@link VirtualTime} every node shares.
 */
public sealed interface Loop extends Executor {
  /** The node's clock and timers. */
  TimerService timers();

  /** Whether the caller runs on this loop. */
  boolean inLoop();

  /** Runs {@code task} on the loop and returns its result (bounded wait on a real loop). */
  <T> T call(Callable<T> task) throws Exception;

  /**
   * Runs {@code task} on the loop without waiting for it: a real loop runs it after what it was
   * given before (so before any later task or message for the node), the virtual one at once.
   */
  <T> CompletableFuture<T> submit(Callable<T> task);

  /** Ends the loop (nothing for the shared virtual one). */
  void close();

  /** A node's event loop: its own thread, or one thread of the network's shared pool. */
  record Real(NodeLoop loop) implements Loop {
    @Override
    public void execute(Runnable task) {
      loop.execute(task);
    }

    @Override
    public TimerService timers() {
      return loop.timers();
    }

    @Override
    public boolean inLoop() {
      return loop.inLoop();
    }

    @Override
    public <T> T call(Callable<T> task) throws Exception {
      return inLoop() ? task.call() : loop.call(task, 10_000);
    }

    @Override
    public <T> CompletableFuture<T> submit(Callable<T> task) {
      CompletableFuture<T> done = new CompletableFuture<>();
      loop.execute(
          () -> {
            try {
              done.complete(task.call());
            } catch (Exception | Error e) {
              done.completeExceptionally(e);
            }
          });
      return done;
    }

    @Override
    public void close() {
      loop.close();
    }
  }

  /**
   * The virtual-time run's one thread: the caller is always on it (it drives the clock), so a call
   * runs at once.
   */
  record Virtual(VirtualTime time) implements Loop {
    @Override
    public void execute(Runnable task) {
      time.execute(task);
    }

    @Override
    public TimerService timers() {
      return time;
    }

    @Override
    public boolean inLoop() {
      return true;
    }

    @Override
    public <T> T call(Callable<T> task) throws Exception {
      return task.call();
    }

    @Override
    public <T> CompletableFuture<T> submit(Callable<T> task) {
      try {
        return CompletableFuture.completedFuture(task.call());
      } catch (Exception e) {
        return CompletableFuture.failedFuture(e);
      }
    }

    @Override
    public void close() {}
  }
}
