package org.ss7sim.transport.sctp;

import com.sun.nio.sctp.SctpStandardSocketOptions;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.sctp.SctpChannel;
import io.netty.channel.sctp.SctpChannelOption;
import io.netty.channel.sctp.SctpServerChannel;
import io.netty.channel.sctp.nio.NioSctpServerChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Kernel SCTP associations on a caller-owned event loop group. {@link #connect} and {@link #listen}
 * first check that the host has SCTP and otherwise throw {@link
 * org.ss7sim.transport.TransportUnavailableException} with one explanatory line.
 */
public final class SctpTransport implements Transport {
  private final EventLoopGroup group;

  public SctpTransport(EventLoopGroup group) {
    this.group = group;
  }

  @Override
  public TransportKind kind() {
    return TransportKind.SCTP;
  }

  @Override
  public Association connect(AssociationConfig config, AssociationListener listener) {
    SctpSupport.require();
    if (config.remoteAddresses().isEmpty()) {
      throw new IllegalArgumentException(
          "client association needs a remote address: " + config.name());
    }
    SctpAssociation a = new SctpAssociation(config.name(), config, listener, group.next(), true);
    a.connectNow();
    return a;
  }

  @Override
  public AssociationServer listen(AssociationConfig config, AssociationListener listener) {
    SctpSupport.require();
    ChannelServer.requireOutsideLoop(group);
    Set<SctpAssociation> accepted = ConcurrentHashMap.newKeySet();
    ServerBootstrap b =
        new ServerBootstrap()
            .group(group, group)
            .channel(NioSctpServerChannel.class)
            .option(
                SctpChannelOption.SCTP_INIT_MAXSTREAMS,
                SctpStandardSocketOptions.InitMaxStreams.create(config.streams(), config.streams()))
            .childOption(SctpChannelOption.SCTP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SctpChannel>() {
                  @Override
                  protected void initChannel(SctpChannel ch) {
                    SctpAssociation a =
                        new SctpAssociation(
                            config.name() + "<" + ch.remoteAddress(),
                            config,
                            listener,
                            ch.eventLoop(),
                            false);
                    accepted.add(a);
                    ch.closeFuture().addListener(f -> accepted.remove(a));
                    a.attach(ch);
                  }
                });
    InetSocketAddress primary =
        config.localAddresses().isEmpty()
            ? new InetSocketAddress(0)
            : config.localAddresses().get(0);
    Channel server = ChannelServer.bind(b, primary, TransportKind.SCTP);
    try {
      for (int i = 1; i < config.localAddresses().size(); i++) {
        ((SctpServerChannel) server)
            .bindAddress(config.localAddresses().get(i).getAddress())
            .syncUninterruptibly();
      }
    } catch (Exception e) { // Netty rethrows the bind's IOException unchecked
      server.close();
      throw new UncheckedIOException(
          new IOException("cannot listen on " + primary + " (SCTP): " + e.getMessage(), e));
    }
    return new ChannelServer(server, accepted);
  }
}
