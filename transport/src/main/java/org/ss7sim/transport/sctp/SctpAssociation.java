package org.ss7sim.transport.sctp;

import com.sun.nio.sctp.SctpStandardSocketOptions;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.sctp.SctpChannel;
import io.netty.channel.sctp.SctpChannelOption;
import io.netty.channel.sctp.SctpMessage;
import io.netty.channel.sctp.nio.NioSctpChannel;
import io.netty.handler.codec.sctp.SctpMessageCompletionHandler;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.wire.Octets;

/**
 * One kernel SCTP association, client (reconnecting) or accepted; listener calls on {@link #loop}.
 */
final class SctpAssociation implements Association, SctpInboundHandler.SctpEvents {
  private static final Logger LOG = LoggerFactory.getLogger(SctpAssociation.class);

  private final String name;
  private final AssociationConfig config;
  private final AssociationListener listener;
  private final EventLoop loop;
  private final boolean client;
  private volatile Channel channel;
  private volatile boolean up;
  private volatile boolean closed;
  private volatile int outboundStreams = 1;
  private int failures;
  private ScheduledFuture<?> reconnect;

  SctpAssociation(
      String name,
      AssociationConfig config,
      AssociationListener listener,
      EventLoop loop,
      boolean client) {
    this.name = name;
    this.config = config;
    this.listener = listener;
    this.loop = loop;
    this.client = client;
  }

  void connectNow() {
    loop.execute(this::attempt);
  }

  private void attempt() {
    reconnect = null;
    if (closed || channel != null) {
      return;
    }
    Bootstrap b =
        new Bootstrap()
            .group(loop)
            .channel(NioSctpChannel.class)
            .option(SctpChannelOption.SCTP_NODELAY, true)
            .option(
                SctpChannelOption.SCTP_INIT_MAXSTREAMS,
                SctpStandardSocketOptions.InitMaxStreams.create(config.streams(), config.streams()))
            .handler(
                new ChannelInitializer<SctpChannel>() {
                  @Override
                  protected void initChannel(SctpChannel ch) {
                    attach(ch);
                  }
                });
    List<InetSocketAddress> locals = config.localAddresses();
    if (!locals.isEmpty()) {
      b.localAddress(locals.get(0));
    }
    b.connect(config.remoteAddresses().get(0))
        .addListener(
            (ChannelFutureListener)
                f -> {
                  if (!f.isSuccess()) {
                    LOG.debug("{}: SCTP connect failed: {}", name, f.cause().toString());
                    scheduleReconnect();
                    return;
                  }
                  for (int i = 1; i < locals.size(); i++) {
                    ((SctpChannel) f.channel()).bindAddress(locals.get(i).getAddress());
                  }
                });
  }

  private void scheduleReconnect() {
    if (closed || !client || reconnect != null) {
      return;
    }
    reconnect =
        loop.schedule(this::attempt, config.backoff(failures++).toNanos(), TimeUnit.NANOSECONDS);
  }

  void attach(Channel ch) {
    ch.pipeline().addLast("complete", new SctpMessageCompletionHandler());
    ch.pipeline().addLast("association", new SctpInboundHandler(this));
  }

  @Override
  public void active(ChannelHandlerContext ctx) {
    if (closed) {
      ctx.close();
      return;
    }
    channel = ctx.channel();
    if (channel instanceof SctpChannel sc && sc.association() != null) {
      outboundStreams = Math.max(1, sc.association().maxOutboundStreams());
    }
    failures = 0;
    up = true;
    listener.onUp(this);
  }

  @Override
  public void message(int streamId, long ppid, Octets payload) {
    listener.onMessage(this, streamId, ppid, payload);
  }

  @Override
  public void restart() {
    listener.onRestart(this);
  }

  @Override
  public void inactive(ChannelHandlerContext ctx, String cause) {
    if (channel == ctx.channel()) {
      channel = null;
    }
    if (up) {
      up = false;
      listener.onDown(this, closed ? "closed" : cause);
    }
    scheduleReconnect();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public TransportKind kind() {
    return TransportKind.SCTP;
  }

  @Override
  public boolean isUp() {
    return up;
  }

  @Override
  public boolean send(int streamId, long ppid, Octets payload) {
    Channel ch = channel;
    if (!up || ch == null) {
      return false;
    }
    int stream = Math.floorMod(streamId, outboundStreams);
    ch.writeAndFlush(
        new SctpMessage((int) ppid, stream, Unpooled.wrappedBuffer(payload.toByteArray())),
        ch.voidPromise());
    return true;
  }

  @Override
  public int outboundStreams() {
    return outboundStreams;
  }

  @Override
  public boolean carriesStreams() {
    return true;
  }

  @Override
  public List<SocketAddress> remoteAddresses() {
    Channel ch = channel;
    if (ch instanceof SctpChannel sc) {
      return new ArrayList<>(sc.allRemoteAddresses());
    }
    return List.of();
  }

  @Override
  public void abort() {
    Channel ch = channel;
    if (ch != null) {
      ch.close();
    }
  }

  @Override
  public void close() {
    closed = true;
    loop.execute(
        () -> {
          if (reconnect != null) {
            reconnect.cancel(false);
            reconnect = null;
          }
        });
    abort();
  }
}
