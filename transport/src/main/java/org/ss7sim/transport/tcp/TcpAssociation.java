package org.ss7sim.transport.tcp;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import java.net.SocketAddress;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.transport.netty.Buffers;
import org.ss7sim.transport.netty.ChannelAssociation;
import org.ss7sim.wire.Octets;

/**
 * One TCP association: a client (reconnecting) or an accepted connection. Messages are framed by
 * the M3UA common header's length field (octets 4–7, counting the whole message); writes from the
 * event loop are flushed once per loop turn.
 */
final class TcpAssociation extends ChannelAssociation {
  private static final Logger LOG = LoggerFactory.getLogger(TcpAssociation.class);
  private static final long PPID_M3UA_REPORTED = TcpTransport.PPID_M3UA;

  private boolean flushPending;
  private long framingErrors;

  TcpAssociation(
      String name, AssociationConfig config, AssociationListener listener, EventLoop loop) {
    super(name, config, listener, loop, !config.remoteAddresses().isEmpty());
  }

  @Override
  protected Bootstrap clientBootstrap() {
    return new Bootstrap()
        .channel(NioSocketChannel.class)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000);
  }

  @Override
  protected void attach(Channel ch) {
    ch.pipeline()
        .addLast(
            "m3ua-framing", new LengthFieldBasedFrameDecoder(config.maxMessageSize(), 4, 4, -8, 0));
    ch.pipeline().addLast("association", new Handler());
  }

  private final class Handler extends SimpleChannelInboundHandler<ByteBuf> {
    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      becameActive(ctx);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf msg) {
      byte[] bytes = new byte[msg.readableBytes()];
      msg.readBytes(bytes);
      listener.onMessage(TcpAssociation.this, 0, PPID_M3UA_REPORTED, Octets.wrap(bytes));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      becameInactive(ctx, "connection lost");
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      // Framing errors (length < 8 or over the limit) leave the byte stream unsynchronised: the
      // only recovery is a new connection.
      framingErrors++;
      LOG.debug("{}: closing after {}", name(), cause.toString());
      ctx.close();
    }
  }

  @Override
  public TransportKind kind() {
    return TransportKind.TCP;
  }

  @Override
  public boolean send(int streamId, long ppid, Octets payload) {
    Channel ch = channel();
    if (!isUp() || ch == null) {
      return false;
    }
    ByteBuf buf = Buffers.copyOf(ch, payload);
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
    Channel ch = channel();
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
    Channel ch = channel();
    return ch == null || ch.remoteAddress() == null ? List.of() : List.of(ch.remoteAddress());
  }

  /** Framing errors seen (each closed the connection). */
  long framingErrors() {
    return framingErrors;
  }
}
