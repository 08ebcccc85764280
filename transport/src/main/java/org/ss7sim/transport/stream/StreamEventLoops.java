package org.ss7sim.transport.stream;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.TimeUnit;

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

  EventLoopGroup group() {
    return group;
  }

  /** Stops the threads, closing every connection and server still using them. */
  @Override
  public void close() {
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
