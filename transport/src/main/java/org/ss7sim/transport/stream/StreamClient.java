package org.ss7sim.transport.stream;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

/** Opens framed-message connections to a server. */
public final class StreamClient {
  private final StreamEventLoops loops;
  private final StreamOptions options;
  private final StreamCounters counters = new StreamCounters();

  public StreamClient(StreamEventLoops loops, StreamOptions options) {
    this.loops = loops;
    this.options = options;
  }

  /**
   * Connects to {@code remote}; {@code acceptor} is called when the connection is up (after the TLS
   * handshake has started, if TLS is on). The future completes with the connection, or
   * exceptionally when connecting fails.
   */
  public CompletableFuture<StreamConnection> connect(
      InetSocketAddress remote, StreamAcceptor acceptor) {
    CompletableFuture<StreamConnection> result = new CompletableFuture<>();
    StreamAcceptor completing =
        c -> {
          StreamHandler h = acceptor.onConnected(c);
          result.complete(c);
          return h;
        };
    Bootstrap b =
        new Bootstrap()
            .group(loops.group())
            .channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) options.connectTimeout().toMillis())
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    Pipelines.configure(ch, options, completing, counters, true, remote);
                  }
                });
    b.connect(remote)
        .addListener(
            f -> {
              if (!f.isSuccess()) {
                result.completeExceptionally(f.cause());
              }
            });
    return result;
  }

  public StreamCounters counters() {
    return counters;
  }
}
