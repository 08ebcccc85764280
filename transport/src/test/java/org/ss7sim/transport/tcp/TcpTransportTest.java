package org.ss7sim.transport.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.AssociationServer;
import org.ss7sim.transport.RecordingListener;
import org.ss7sim.transport.loop.EventLoops;
import org.ss7sim.wire.Octets;

class TcpTransportTest {
  private final EventLoopGroup group = EventLoops.newGroup(1, "tcp-test");
  private final TcpTransport transport = new TcpTransport(group);
  private final RecordingListener server = new RecordingListener();
  private final RecordingListener client = new RecordingListener();

  @AfterEach
  void stop() {
    group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
  }

  private AssociationServer listen() {
    return transport.listen(
        AssociationConfig.server("sgp", new InetSocketAddress("127.0.0.1", 0)), server);
  }

  /** A minimal M3UA-shaped message: version 1, class/type, 32-bit length, then body. */
  private static Octets m3ua(String body) {
    Octets b = Octets.fromHex(body);
    return Octets.fromHex("01000303").concat(Octets.ofUnsigned(0, 0, 0, 8 + b.length())).concat(b);
  }

  @Test
  void messages_are_framed_by_the_m3ua_length_field_both_ways() throws Exception {
    AssociationServer s = listen();
    Association a =
        transport.connect(
            AssociationConfig.client("asp", (InetSocketAddress) s.localAddress()), client);
    assertThat(client.next()).isEqualTo("up");
    assertThat(server.next()).isEqualTo("up");
    for (int i = 0; i < 100; i++) {
      a.send(1, 3, m3ua(String.format("%08x", i)));
    }
    for (int i = 0; i < 100; i++) {
      assertThat(server.next()).isEqualTo("msg 0 3 " + m3ua(String.format("%08x", i)).toHex());
    }
    server.last.send(0, 3, m3ua(""));
    assertThat(client.next()).isEqualTo("msg 0 3 0100030300000008");
    s.close();
  }

  @Test
  void messages_split_across_segments_are_reassembled() throws Exception {
    AssociationServer s = listen();
    try (Socket raw = new Socket()) {
      raw.connect(s.localAddress());
      assertThat(server.next()).isEqualTo("up");
      OutputStream out = raw.getOutputStream();
      byte[] msg = m3ua("aabbccdd").toByteArray();
      out.write(msg, 0, 5);
      out.flush();
      Thread.sleep(20);
      out.write(msg, 5, msg.length - 5);
      out.write(msg);
      out.flush();
      assertThat(server.next()).isEqualTo("msg 0 3 " + m3ua("aabbccdd").toHex());
      assertThat(server.next()).isEqualTo("msg 0 3 " + m3ua("aabbccdd").toHex());
    }
    s.close();
  }

  @Test
  void a_length_below_the_header_size_closes_the_connection() throws Exception {
    AssociationServer s = listen();
    try (Socket raw = new Socket()) {
      raw.connect(s.localAddress());
      assertThat(server.next()).isEqualTo("up");
      raw.getOutputStream().write(Octets.fromHex("0100030300000004").toByteArray());
      raw.getOutputStream().flush();
      assertThat(server.next()).isEqualTo("down");
    }
    s.close();
  }

  @Test
  void client_reconnects_after_the_server_drops_the_connection() throws Exception {
    AssociationServer s = listen();
    AssociationConfig cfg =
        AssociationConfig.client("asp", (InetSocketAddress) s.localAddress())
            .withReconnect(Duration.ofMillis(20), Duration.ofMillis(200));
    Association a = transport.connect(cfg, client);
    assertThat(client.next()).isEqualTo("up");
    assertThat(server.next()).isEqualTo("up");
    server.last.abort();
    assertThat(client.next()).isEqualTo("down");
    assertThat(client.next()).isEqualTo("up");
    a.send(0, 3, m3ua("01"));
    assertThat(server.next()).isEqualTo("down");
    assertThat(server.next()).isEqualTo("up");
    assertThat(server.next()).isEqualTo("msg 0 3 " + m3ua("01").toHex());
    a.close();
    assertThat(client.next()).isEqualTo("down");
    s.close();
  }

  @Test
  void closing_the_server_takes_its_accepted_associations_down() throws Exception {
    AssociationServer s = listen();
    AssociationConfig cfg =
        AssociationConfig.client("asp", (InetSocketAddress) s.localAddress())
            .withReconnect(Duration.ofMillis(20), Duration.ofMillis(200));
    Association a = transport.connect(cfg, client);
    assertThat(client.next()).isEqualTo("up");
    assertThat(server.next()).isEqualTo("up");
    s.close();
    assertThat(server.next()).isEqualTo("down");
    assertThat(client.next()).isEqualTo("down");
    assertThat(server.last.isUp()).isFalse();
    a.close();
  }

  @Test
  void listen_from_the_transports_own_event_loop_is_refused() throws Exception {
    TcpTransport onLoop = new TcpTransport(group.next());
    Throwable[] thrown = new Throwable[1];
    group
        .next()
        .submit(
            () -> {
              try {
                onLoop.listen(
                    AssociationConfig.server("sgp", new InetSocketAddress("127.0.0.1", 0)), server);
              } catch (IllegalStateException e) {
                thrown[0] = e;
              }
            })
        .get(5, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(thrown[0]).hasMessageContaining("outside the event loop");
  }
}
