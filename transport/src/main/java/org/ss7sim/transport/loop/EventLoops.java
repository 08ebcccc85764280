package org.ss7sim.transport.loop;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * Creates NIO event loop groups for TCP and SCTP transports. The caller owns the group and shuts it
 * down ({@code shutdownGracefully()}). To give a node one owning thread, pass {@code group.next()}
 * (a single event loop) to its transports.
 */
public final class EventLoops {
  private EventLoops() {}

  public static EventLoopGroup newGroup(int threads, String namePrefix) {
    return new MultiThreadIoEventLoopGroup(
        threads, new DefaultThreadFactory(namePrefix, true), NioIoHandler.newFactory());
  }
}
