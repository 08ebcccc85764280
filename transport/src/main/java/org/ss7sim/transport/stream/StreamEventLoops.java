package org.ss7sim.transport.stream;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * The event-loop threads that run connections. Created by the composition root (the simulator, a
 * test or a benchmark) and shared by any number of servers and clients; closing it stops them.
 *
 * <p>Users that come and go (each SMSC's server and each ESME of a network) take a lease of one
 * {@link Shared} pool instead: a bounded set of threads started on first use, ended when the last
 * lease is closed, so a network of many SMSCs and ESMEs runs their connections on a few threads
 * rather than one each. A lease's {@link #close} leaves the threads to the other users; its own
 * servers and connections must be closed by the user (an SMPP server and client close theirs).
 */
public final class StreamEventLoops implements AutoCloseable {
  private final EventLoopGroup group;
  private final Shared pool; // null: this object owns the threads
  private final java.util.concurrent.atomic.AtomicBoolean released =
      new java.util.concurrent.atomic.AtomicBoolean();

  private StreamEventLoops(EventLoopGroup group, Shared pool) {
    this.group = group;
    this.pool = pool;
  }

  private static EventLoopGroup newGroup(int threads, String name) {
    return new MultiThreadIoEventLoopGroup(
        threads, new DefaultThreadFactory(name, true), NioIoHandler.newFactory());
  }

  /**
   * A bounded pool of event-loop threads leased by many users ({@link #take}). Netty starts a
   * thread the first time work lands on it, so a pool of n threads with fewer users starts fewer.
   */
  public static final class Shared {
    private final int threads;
    private final String name;
    private EventLoopGroup group;
    private int leases;

    /** A pool of at most {@code threads} threads named after {@code name}. */
    public Shared(int threads, String name) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads: " + threads);
      }
      this.threads = threads;
      this.name = name;
    }

    /** A lease on the pool: its threads start with the first lease. Close it when done. */
    public synchronized StreamEventLoops take() {
      if (leases++ == 0) {
        group = newGroup(threads, name);
      }
      return new StreamEventLoops(group, this);
    }

    /** Leases not yet closed. */
    public synchronized int leases() {
      return leases;
    }

    /** The most threads the pool runs. */
    public int threads() {
      return threads;
    }

    private void release() {
      EventLoopGroup last;
      synchronized (this) {
        if (--leases > 0) {
          return;
        }
        last = group;
        group = null;
      }
      last.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  /** Starts {@code threads} event-loop threads named after {@code name}. */
  public static StreamEventLoops create(int threads, String name) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: " + threads);
    }
    return new StreamEventLoops(newGroup(threads, name), null);
  }

  /**
   * Timers on one of these event loops, for work that belongs to no connection (a client's
   * reconnect after a failed connect).
   */
  public TimerService timers() {
    return new TimerService() {
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
        ScheduledFuture<?> f = group.next().schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> f.cancel(false);
      }
    };
  }

  EventLoopGroup group() {
    return group;
  }

  /**
   * Stops the threads, closing every connection and server still using them; for a lease ({@link
   * Shared#take}), gives it back (once), and the threads stop with the last lease.
   */
  @Override
  public void close() {
    if (pool != null) {
      if (released.compareAndSet(false, true)) {
        pool.release();
      }
      return;
    }
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
