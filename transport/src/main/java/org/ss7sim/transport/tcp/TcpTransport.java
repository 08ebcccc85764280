package org.ss7sim.transport.tcp;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.transport.AssociationServer;
import org.ss7sim.transport.Transport;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.transport.netty.ChannelServer;

/**
 * TCP associations on a caller-owned event loop group. A client association stays on one event loop
 * ({@code group.next()} at creation); accepted associations are spread over the group, so pass a
 * single event loop to keep a node on one thread.
 */
public final class TcpTransport implements Transport {
  /** PPID reported for received messages: M3UA (RFC 4666 §1.4.8). */
  public static final long PPID_M3UA = 3;

  private final EventLoopGroup group;

  public TcpTransport(EventLoopGroup group) {
    this.group = group;
  }

  @Override
  public TransportKind kind() {
    return TransportKind.TCP;
  }

  @Override
  public Association connect(AssociationConfig config, AssociationListener listener) {
    if (config.remoteAddresses().isEmpty()) {
      throw new IllegalArgumentException(
          "client association needs a remote address: " + config.name());
    }
    TcpAssociation a = new TcpAssociation(config.name(), config, listener, group.next());
    a.connectNow();
    return a;
  }

  @Override
  public AssociationServer listen(AssociationConfig config, AssociationListener listener) {
    ChannelServer.requireOutsideLoop(group);
    Set<TcpAssociation> accepted = ConcurrentHashMap.newKeySet();
    ServerBootstrap b =
        new ServerBootstrap()
            .group(group, group)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    TcpAssociation a =
                        new TcpAssociation(
                            config.name() + "<" + ch.remoteAddress(),
                            config,
                            listener,
                            ch.eventLoop());
                    accepted.add(a);
                    ch.closeFuture().addListener(f -> accepted.remove(a));
                    a.attach(ch);
                  }
                });
    InetSocketAddress local =
        config.localAddresses().isEmpty()
            ? new InetSocketAddress("127.0.0.1", 0)
            : config.localAddresses().get(0);
    return new ChannelServer(ChannelServer.bind(b, local, TransportKind.TCP), accepted);
  }
}
