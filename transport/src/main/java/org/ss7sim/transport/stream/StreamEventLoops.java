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
 */
public final class StreamEventLoops implements AutoCloseable {
  private final EventLoopGroup group;

  private StreamEventLoops(EventLoopGroup group) {
    this.group = group;
  }

  /** Starts {@code threads} event-loop threads named after {@code name}. */
  public static StreamEventLoops create(int threads, String name) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: " + threads);
    }
    return new StreamEventLoops(
        new MultiThreadIoEventLoopGroup(
            threads, new DefaultThreadFactory(name, true), NioIoHandler.newFactory()));
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

  /** Stops the threads, closing every connection and server still using them. */
  @Override
  public void close() {
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
