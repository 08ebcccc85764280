package org.ss7sim.transport.netty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Set;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationServer;
import org.ss7sim.transport.TransportKind;

/** A bound server channel and the associations it accepted: closing it closes them too. */
public final class ChannelServer implements AssociationServer {
  private final Channel server;
  private final Set<? extends Association> accepted;

  public ChannelServer(Channel server, Set<? extends Association> accepted) {
    this.server = server;
    this.accepted = accepted;
  }

  /** Binding waits for the bind, which from the group's own event loop would never complete. */
  public static void requireOutsideLoop(EventLoopGroup group) {
    if (group instanceof EventLoop l && l.inEventLoop()) {
      throw new IllegalStateException(
          "listen() waits for the bind: call it from outside the event loop");
    }
  }

  /** Binds {@code b} to {@code local}, waiting; a failure names the address and transport. */
  public static Channel bind(ServerBootstrap b, InetSocketAddress local, TransportKind kind) {
    try {
      return b.bind(local).syncUninterruptibly().channel();
    } catch (Exception e) { // Netty rethrows the bind's IOException unchecked
      throw new UncheckedIOException(
          new IOException("cannot listen on " + local + " (" + kind + "): " + e.getMessage(), e));
    }
  }

  @Override
  public SocketAddress localAddress() {
    return server.localAddress();
  }

  @Override
  public void close() {
    if (server.eventLoop().inEventLoop()) {
      server.close();
    } else {
      server.close().syncUninterruptibly();
    }
    accepted.forEach(Association::close);
  }
}
