package org.ss7sim.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.AssociationServer;
import org.ss7sim.transport.RecordingListener;
import org.ss7sim.transport.loop.EventLoops;
import org.ss7sim.transport.tcp.TcpTransport;

/**
 * A client association given its peer by name looks the name up again on every connection attempt
 * (a container or pod restarted with a new address, or a name not yet in DNS when the node
 * started); an address given as an IP literal is used as it is.
 */
class FreshAddressTest {
  private final EventLoopGroup group = EventLoops.newGroup(1, "fresh-test");

  @AfterEach
  void stop() {
    group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
  }

  @Test
  void a_name_is_resolved_again_on_each_attempt_an_ip_literal_is_kept() {
    InetSocketAddress byName = new InetSocketAddress("localhost", 2905); // resolved once, here
    SocketAddress fresh = ChannelAssociation.freshAddress(byName);
    assertThat(fresh).isInstanceOf(InetSocketAddress.class);
    InetSocketAddress f = (InetSocketAddress) fresh;
    assertThat(f.isUnresolved()).isTrue();
    assertThat(f.getHostString()).isEqualTo("localhost");
    assertThat(f.getPort()).isEqualTo(2905);

    InetSocketAddress v4 = new InetSocketAddress("127.0.0.1", 2905);
    assertThat(ChannelAssociation.freshAddress(v4)).isSameAs(v4);
    InetSocketAddress v6 = new InetSocketAddress("::1", 2905);
    assertThat(ChannelAssociation.freshAddress(v6)).isSameAs(v6);
    InetSocketAddress unresolved = InetSocketAddress.createUnresolved("stp-1a", 2905);
    assertThat(((InetSocketAddress) ChannelAssociation.freshAddress(unresolved)).isUnresolved())
        .isTrue();
  }

  @Test
  void a_peer_given_by_name_is_connected() throws Exception {
    TcpTransport tcp = new TcpTransport(group);
    RecordingListener server = new RecordingListener();
    RecordingListener client = new RecordingListener();
    AssociationServer s =
        tcp.listen(AssociationConfig.server("sgp", new InetSocketAddress("127.0.0.1", 0)), server);
    int port = ((InetSocketAddress) s.localAddress()).getPort();
    Association a =
        tcp.connect(
            AssociationConfig.client("asp", InetSocketAddress.createUnresolved("localhost", port)),
            client);
    assertThat(client.next()).isEqualTo("up");
    assertThat(server.next()).isEqualTo("up");
    a.close();
    s.close();
  }
}
