package org.ss7sim.transport.loop;

import io.netty.channel.EventLoopGroup;
import java.util.concurrent.TimeUnit;

/**
 * A fixed set of event loop threads that many protocol owners share: each {@link NodeLoop} taken
 * from it is pinned to one of the threads for its whole life (its TCP/SCTP associations, timers and
 * tasks all run there), so the single-owner rule holds while a network of thousands of nodes runs
 * on a few threads. Loops are handed out round-robin. The creator closes the pool after every loop
 * taken from it is closed.
 */
public final class LoopPool implements AutoCloseable {
  private final EventLoopGroup group;
  private final int threads;

  private LoopPool(int threads, String namePrefix) {
    if (threads < 1) {
      throw new IllegalArgumentException("a loop pool needs at least one thread: " + threads);
    }
    this.threads = threads;
    this.group = EventLoops.newGroup(threads, namePrefix);
  }

  /** Starts {@code threads} event loop threads named after {@code namePrefix}. */
  public static LoopPool start(int threads, String namePrefix) {
    return new LoopPool(threads, namePrefix);
  }

  /** Two threads per core the JVM may use: enough to keep every core busy, few enough to share. */
  public static int defaultThreads() {
    return 2 * Runtime.getRuntime().availableProcessors();
  }

  /** The number of threads. */
  public int threads() {
    return threads;
  }

  /** A loop for one owner (a node), on the next thread of the pool. */
  public NodeLoop next(String name) {
    return NodeLoop.shared(group.next(), name);
  }

  @Override
  public void close() {
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
