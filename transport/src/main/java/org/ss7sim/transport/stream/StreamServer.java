package org.ss7sim.transport.stream;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;

/** A listening TCP socket accepting any number of framed-message connections. */
public final class StreamServer implements AutoCloseable {
  private final Channel listener;
  private final ChannelGroup children;
  private final StreamCounters counters;

  private StreamServer(Channel listener, ChannelGroup children, StreamCounters counters) {
    this.listener = listener;
    this.children = children;
    this.counters = counters;
  }

  /**
   * Binds {@code address} (port 0 picks a free port) and accepts connections, calling {@code
   * acceptor} for each. Blocks until the socket is bound.
   */
  public static StreamServer bind(
      StreamEventLoops loops,
      StreamOptions options,
      InetSocketAddress address,
      StreamAcceptor acceptor) {
    StreamCounters counters = new StreamCounters();
    ChannelGroup children = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    ServerBootstrap b =
        new ServerBootstrap()
            .group(loops.group())
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    children.add(ch);
                    Pipelines.configure(ch, options, acceptor, counters, false, ch.remoteAddress());
                  }
                });
    Channel listener = b.bind(address).syncUninterruptibly().channel();
    return new StreamServer(listener, children, counters);
  }

  public InetSocketAddress localAddress() {
    return (InetSocketAddress) listener.localAddress();
  }

  public int port() {
    return localAddress().getPort();
  }

  /** Connections currently open. */
  public int connectionCount() {
    return children.size();
  }

  public StreamCounters counters() {
    return counters;
  }

  /** Stops listening and closes every accepted connection. */
  @Override
  public void close() {
    listener.close().syncUninterruptibly();
    children.close().awaitUninterruptibly();
  }
}
