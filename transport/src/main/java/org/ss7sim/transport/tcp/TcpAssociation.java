package org.ss7sim.transport.tcp;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.SocketAddress;
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
 * One TCP association: a client (reconnecting) or an accepted connection. All listener calls and
 * state changes happen on {@link #loop}.
 */
final class TcpAssociation implements Association {
  private static final Logger LOG = LoggerFactory.getLogger(TcpAssociation.class);

  private final String name;
  private final AssociationConfig config;
  private final AssociationListener listener;
  private final EventLoop loop;
  private final boolean client;
  private volatile Channel channel;
  private volatile boolean up;
  private volatile boolean closed;
  private int failures;
  private ScheduledFuture<?> reconnect;
  private boolean flushPending;
  private long framingErrors;

  TcpAssociation(
      String name, AssociationConfig config, AssociationListener listener, EventLoop loop) {
    this.name = name;
    this.config = config;
    this.listener = listener;
    this.loop = loop;
    this.client = !config.remoteAddresses().isEmpty();
  }

  /** Client: starts connecting on the event loop. */
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
            .channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    attach(ch);
                  }
                });
    if (!config.localAddresses().isEmpty()) {
      b.localAddress(config.localAddresses().get(0));
    }
    b.connect(config.remoteAddresses().get(0))
        .addListener(
            (ChannelFutureListener)
                f -> {
                  if (!f.isSuccess()) {
                    LOG.debug("{}: connect failed: {}", name, f.cause().toString());
                    scheduleReconnect();
                  }
                });
  }

  private void scheduleReconnect() {
    if (closed || !client || reconnect != null) {
      return;
    }
    long delay = config.backoff(failures++).toNanos();
    reconnect = loop.schedule(this::attempt, delay, TimeUnit.NANOSECONDS);
  }

  /** Installs framing and this association's handler on {@code ch}. */
  void attach(Channel ch) {
    ch.pipeline()
        .addLast(
            "m3ua-framing", new LengthFieldBasedFrameDecoder(config.maxMessageSize(), 4, 4, -8, 0));
    ch.pipeline().addLast("association", new Handler());
  }

  private final class Handler extends SimpleChannelInboundHandler<ByteBuf> {
    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      if (closed) {
        ctx.close();
        return;
      }
      channel = ctx.channel();
      failures = 0;
      up = true;
      listener.onUp(TcpAssociation.this);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf msg) {
      byte[] bytes = new byte[msg.readableBytes()];
      msg.readBytes(bytes);
      listener.onMessage(TcpAssociation.this, 0, PPID_M3UA_REPORTED, Octets.wrap(bytes));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      if (channel == ctx.channel()) {
        channel = null;
      }
      if (up) {
        up = false;
        listener.onDown(TcpAssociation.this, closed ? "closed" : "connection lost");
      }
      scheduleReconnect();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      // Framing errors (length < 8 or over the limit) leave the byte stream unsynchronised: the
      // only recovery is a new connection.
      framingErrors++;
      LOG.debug("{}: closing after {}", name, cause.toString());
      ctx.close();
    }
  }

  private static final long PPID_M3UA_REPORTED = TcpTransport.PPID_M3UA;

  @Override
  public String name() {
    return name;
  }

  @Override
  public TransportKind kind() {
    return TransportKind.TCP;
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
    ByteBuf buf = Unpooled.wrappedBuffer(payload.toByteArray());
    if (loop.inEventLoop()) {
      ch.write(buf, ch.voidPromise());
      if (!flushPending) {
        flushPending = true;
        loop.execute(this::flush);
      }
    } else {
      ch.writeAndFlush(buf, ch.voidPromise());
    }
    return true;
  }

  private void flush() {
    flushPending = false;
    Channel ch = channel;
    if (ch != null) {
      ch.flush();
    }
  }

  @Override
  public int outboundStreams() {
    return 1;
  }

  @Override
  public boolean carriesStreams() {
    return false;
  }

  @Override
  public List<SocketAddress> remoteAddresses() {
    Channel ch = channel;
    return ch == null || ch.remoteAddress() == null ? List.of() : List.of(ch.remoteAddress());
  }

  /** Framing errors seen (each closed the connection). */
  long framingErrors() {
    return framingErrors;
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

  @Override
  public String toString() {
    return "TCP association " + name + (up ? " (up)" : " (down)");
  }
}
