package org.ss7sim.transport.netty;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.util.NetUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.AssociationListener;

/**
 * An association over one Netty channel at a time: a client (reconnecting with the configured
 * back-off after each loss) or an accepted connection (ending with it). All listener calls and
 * state changes happen on {@link #loop}. Subclasses give the channel type and options, the framing,
 * and how a message is written.
 */
public abstract class ChannelAssociation implements Association {
  private static final Logger LOG = LoggerFactory.getLogger(ChannelAssociation.class);

  private final String name;
  protected final AssociationConfig config;
  protected final AssociationListener listener;
  protected final EventLoop loop;
  private final boolean client;
  private volatile Channel channel;
  private volatile boolean up;
  private volatile boolean closed;
  private int failures;
  private ScheduledFuture<?> reconnect;

  protected ChannelAssociation(
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

  /** A bootstrap with the channel class and options for one client connection attempt. */
  protected abstract Bootstrap clientBootstrap();

  /** Installs framing and this association's inbound handler on {@code ch}. */
  protected abstract void attach(Channel ch);

  /** After a client connect succeeded (SCTP binds the further local addresses here). */
  protected void connected(Channel ch) {}

  /** A connection became active, before the listener hears of it (SCTP reads its streams here). */
  protected void activated(Channel ch) {}

  /** Client: starts connecting on the event loop. */
  public final void connectNow() {
    loop.execute(this::attempt);
  }

  private void attempt() {
    reconnect = null;
    if (closed || channel != null) {
      return;
    }
    Bootstrap b =
        clientBootstrap()
            .group(loop)
            .handler(
                new ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel ch) {
                    attach(ch);
                  }
                });
    if (!config.localAddresses().isEmpty()) {
      b.localAddress(config.localAddresses().get(0));
    }
    b.connect(freshAddress(config.remoteAddresses().get(0)))
        .addListener(
            (ChannelFutureListener)
                f -> {
                  if (!f.isSuccess()) {
                    LOG.debug("{}: {} connect failed: {}", name, kind(), f.cause().toString());
                    scheduleReconnect();
                    return;
                  }
                  connected(f.channel());
                });
  }

  /**
   * The peer address to connect to now: one given by name is looked up again on every attempt (by
   * the bootstrap's resolver), so a peer whose name now points elsewhere (a restarted container or
   * pod with a new address) or did not resolve yet when this node started is reached; an address
   * given as a literal IP is used as it is.
   */
  static SocketAddress freshAddress(InetSocketAddress remote) {
    String host = remote.getHostString();
    if (NetUtil.isValidIpV4Address(host) || NetUtil.isValidIpV6Address(host)) {
      return remote;
    }
    return InetSocketAddress.createUnresolved(host, remote.getPort());
  }

  private void scheduleReconnect() {
    if (closed || !client || reconnect != null) {
      return;
    }
    reconnect =
        loop.schedule(this::attempt, config.backoff(failures++).toNanos(), TimeUnit.NANOSECONDS);
  }

  /** The inbound handler saw the channel become active. */
  protected final void becameActive(ChannelHandlerContext ctx) {
    if (closed) {
      ctx.close();
      return;
    }
    channel = ctx.channel();
    activated(channel);
    failures = 0;
    up = true;
    listener.onUp(this);
  }

  /** The inbound handler saw the channel go inactive for {@code cause}. */
  protected final void becameInactive(ChannelHandlerContext ctx, String cause) {
    if (channel == ctx.channel()) {
      channel = null;
    }
    if (up) {
      up = false;
      listener.onDown(this, closed ? "closed" : cause);
    }
    scheduleReconnect();
  }

  /** The current channel, or null while down. */
  protected final Channel channel() {
    return channel;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final boolean isUp() {
    return up;
  }

  @Override
  public final void abort() {
    Channel ch = channel;
    if (ch != null) {
      ch.close();
    }
  }

  @Override
  public final void close() {
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
    return kind() + " association " + name + (up ? " (up)" : " (down)");
  }
}
