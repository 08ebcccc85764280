package org.ss7sim.transport.sctp;

import com.sun.nio.sctp.SctpStandardSocketOptions;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoop;
import io.netty.channel.sctp.SctpChannel;
import io.netty.channel.sctp.SctpChannelOption;
import io.netty.channel.sctp.SctpMessage;
import io.netty.channel.sctp.nio.NioSctpChannel;
import io.netty.handler.codec.sctp.SctpMessageCompletionHandler;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.transport.netty.Buffers;
import org.ss7sim.transport.netty.ChannelAssociation;
import org.ss7sim.wire.Octets;

/**
 * One kernel SCTP association, client (reconnecting) or accepted; listener calls on {@link #loop}.
 * Multi-homed: further local addresses are bound after the connect; outbound streams are those
 * negotiated at INIT (RFC 4960 §5.1.1).
 */
final class SctpAssociation extends ChannelAssociation implements SctpInboundHandler.SctpEvents {
  private volatile int outboundStreams = 1;

  SctpAssociation(
      String name,
      AssociationConfig config,
      AssociationListener listener,
      EventLoop loop,
      boolean client) {
    super(name, config, listener, loop, client);
  }

  @Override
  protected Bootstrap clientBootstrap() {
    return new Bootstrap()
        .channel(NioSctpChannel.class)
        .option(SctpChannelOption.SCTP_NODELAY, true)
        .option(
            SctpChannelOption.SCTP_INIT_MAXSTREAMS,
            SctpStandardSocketOptions.InitMaxStreams.create(config.streams(), config.streams()));
  }

  @Override
  protected void connected(Channel ch) {
    List<InetSocketAddress> locals = config.localAddresses();
    for (int i = 1; i < locals.size(); i++) {
      ((SctpChannel) ch).bindAddress(locals.get(i).getAddress());
    }
  }

  @Override
  protected void attach(Channel ch) {
    ch.pipeline().addLast("complete", new SctpMessageCompletionHandler());
    ch.pipeline().addLast("association", new SctpInboundHandler(this));
  }

  @Override
  protected void activated(Channel ch) {
    if (ch instanceof SctpChannel sc && sc.association() != null) {
      outboundStreams = Math.max(1, sc.association().maxOutboundStreams());
    }
  }

  @Override
  public void active(ChannelHandlerContext ctx) {
    becameActive(ctx);
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
    becameInactive(ctx, cause);
  }

  @Override
  public TransportKind kind() {
    return TransportKind.SCTP;
  }

  @Override
  public boolean send(int streamId, long ppid, Octets payload) {
    Channel ch = channel();
    if (!isUp() || ch == null) {
      return false;
    }
    int stream = Math.floorMod(streamId, outboundStreams);
    ch.writeAndFlush(
        new SctpMessage((int) ppid, stream, Buffers.copyOf(ch, payload)), ch.voidPromise());
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
    Channel ch = channel();
    if (ch instanceof SctpChannel sc) {
      return new ArrayList<>(sc.allRemoteAddresses());
    }
    return List.of();
  }
}
