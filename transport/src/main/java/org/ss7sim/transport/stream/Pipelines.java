package org.ss7sim.transport.stream;

import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.ssl.SslHandler;
import java.net.InetSocketAddress;
import javax.net.ssl.SSLEngine;

/** Builds the per-connection pipeline: optional TLS, flush batching, framing. */
final class Pipelines {
  private Pipelines() {}

  static void configure(
      SocketChannel ch,
      StreamOptions options,
      StreamAcceptor acceptor,
      StreamCounters counters,
      boolean client,
      InetSocketAddress peer) {
    ChannelPipeline p = ch.pipeline();
    options
        .tls()
        .ifPresent(
            ctx -> {
              SSLEngine engine =
                  client
                      ? ctx.createSSLEngine(peer.getHostString(), peer.getPort())
                      : ctx.createSSLEngine();
              engine.setUseClientMode(client);
              p.addLast("tls", new SslHandler(engine));
            });
    p.addLast("flush", new FlushConsolidationHandler(256, true));
    p.addLast("frames", new FrameDecoder(options.framing(), acceptor, counters));
  }
}
