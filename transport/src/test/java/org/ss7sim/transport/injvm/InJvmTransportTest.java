package org.ss7sim.transport.injvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.AssociationServer;
import org.ss7sim.transport.RecordingListener;
import org.ss7sim.wire.Octets;

class InJvmTransportTest {
  private final VirtualClock clock = new VirtualClock();
  private final InJvmNetwork network = new InJvmNetwork();
  private final Trampoline loop = new Trampoline();
  private final InJvmTransport serverSide = new InJvmTransport(network, clock, loop);
  private final InJvmTransport clientSide = new InJvmTransport(network, clock, loop);
  private final RecordingListener server = new RecordingListener();
  private final RecordingListener client = new RecordingListener();
  private AssociationServer listening;

  @BeforeEach
  void listen() {
    listening =
        serverSide.listen(
            AssociationConfig.server("sgp", new InetSocketAddress("127.0.0.1", 0)), server);
  }

  private Association connect() {
    InetSocketAddress at = (InetSocketAddress) listening.localAddress();
    return clientSide.connect(AssociationConfig.client("asp", at), client);
  }

  @Test
  void client_and_server_both_come_up_and_exchange_messages_with_stream_and_ppid() {
    Association a = connect();
    assertThat(client.events).containsExactly("up");
    assertThat(server.events).containsExactly("up");
    a.send(5, 3, Octets.fromHex("0102"));
    server.last.send(0, 3, Octets.fromHex("ff"));
    assertThat(server.events).containsExactly("up", "msg 5 3 0102");
    assertThat(client.events).containsExactly("up", "msg 0 3 ff");
  }

  @Test
  void delayed_messages_keep_their_order_and_arrive_only_after_the_delay() {
    clientSide.faults(new InJvmFaults(Duration.ofMillis(10), 0, 1));
    Association a = connect();
    for (int i = 0; i < 5; i++) {
      a.send(1, 3, Octets.ofUnsigned(i));
    }
    assertThat(server.events).containsExactly("up");
    clock.advance(Duration.ofMillis(10));
    assertThat(server.events)
        .containsExactly(
            "up", "msg 1 3 00", "msg 1 3 01", "msg 1 3 02", "msg 1 3 03", "msg 1 3 04");
  }

  @Test
  void injected_loss_drops_about_the_configured_share_reproducibly() {
    clientSide.faults(new InJvmFaults(Duration.ZERO, 0.5, 42));
    Association a = connect();
    for (int i = 0; i < 1000; i++) {
      a.send(1, 3, Octets.ofUnsigned(i & 0xff));
    }
    long received = server.events.stream().filter(e -> e.startsWith("msg")).count();
    assertThat(received).isBetween(400L, 600L);
  }

  @Test
  void abort_takes_both_ends_down_and_the_client_reconnects_after_back_off() {
    Association a = connect();
    a.abort();
    assertThat(client.events).containsExactly("up", "down");
    assertThat(server.events).containsExactly("up", "down");
    assertThat(a.send(0, 3, Octets.fromHex("00"))).isFalse();
    clock.advance(Duration.ofMillis(100));
    assertThat(client.events).containsExactly("up", "down", "up");
    assertThat(a.isUp()).isTrue();
  }

  @Test
  void client_retries_with_doubling_back_off_until_a_server_listens() {
    listening.close();
    List<String> seen = new ArrayList<>();
    Association a =
        clientSide.connect(
            AssociationConfig.client("asp", new InetSocketAddress("127.0.0.1", 3000)), client);
    clock.advance(Duration.ofMillis(100 + 200 + 400));
    assertThat(a.isUp()).isFalse();
    serverSide.listen(
        AssociationConfig.server("sgp", new InetSocketAddress("127.0.0.1", 3000)), server);
    clock.advance(Duration.ofMillis(799));
    assertThat(a.isUp()).isFalse();
    clock.advance(Duration.ofMillis(1));
    assertThat(a.isUp()).isTrue();
    client.events.drainTo(seen);
    assertThat(seen).containsExactly("up");
  }

  @Test
  void server_close_takes_accepted_associations_down() {
    connect();
    listening.close();
    assertThat(server.events).containsExactly("up", "down");
    assertThat(client.events).containsExactly("up", "down");
  }
}
