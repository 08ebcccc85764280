package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.m3ua.message.AspActive;
import org.ss7sim.m3ua.message.AspActiveAck;
import org.ss7sim.m3ua.message.AspInactive;
import org.ss7sim.m3ua.message.AspUp;
import org.ss7sim.m3ua.message.AspUpAck;
import org.ss7sim.m3ua.message.ErrorCode;
import org.ss7sim.m3ua.message.ErrorMessage;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.RegistrationRequest;
import org.ss7sim.m3ua.message.RegistrationResponse;
import org.ss7sim.m3ua.message.RegistrationResult;
import org.ss7sim.m3ua.message.RoutingKey;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.transport.loop.NodeLoop;
import org.ss7sim.wire.Octets;

/**
 * DESIGN §7 "only configured peers get in", over real TCP on loopback: 127.0.0.1 and 127.0.0.2 are
 * both loopback addresses on Linux, so a client socket bound to one or the other is a different
 * peer to the SGP. Answers per RFC 4666 §3.8.1 (ERR Invalid Routing Context).
 */
class PeerFilterTest {
  private static final InetAddress ONE = address("127.0.0.1");
  private static final InetAddress TWO = address("127.0.0.2");

  private NodeLoop loop;
  private M3uaNode sgp;

  @BeforeEach
  void startLoop() {
    loop = NodeLoop.start("peer-filter");
  }

  @AfterEach
  void stop() throws Exception {
    if (sgp != null) {
      loop.call(
          () -> {
            sgp.stop();
            return null;
          },
          5_000);
    }
    loop.close();
  }

  private M3uaNodeBuilder sgpBuilder() {
    return M3uaNode.builder()
        .localPointCode(PointCode.itu(2))
        .owner(loop)
        .timers(loop.timers())
        .transport(loop.tcp())
        .server(
            "sgp",
            TransportKind.TCP,
            AssociationConfig.server("sgp", new InetSocketAddress(ONE, 0)));
  }

  private void start(M3uaNodeBuilder b) throws Exception {
    sgp = b.build();
    sgp.start();
  }

  private long counter(Counter c) throws Exception {
    return loop.call(() -> sgp.counter(c), 5_000);
  }

  @Nested
  class ServerAdmission {
    @Test
    void association_from_an_unconfigured_address_is_closed_and_counted() throws Exception {
      start(
          sgpBuilder()
              .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
              .allowPeers("sgp", ONE));
      try (Peer p = new Peer(TWO)) {
        assertThat(p.closedByServer()).isTrue();
      }
      assertThat(counter(Counter.REFUSED_PEERS)).isEqualTo(1);
    }

    @Test
    void association_from_a_configured_address_is_served() throws Exception {
      start(
          sgpBuilder()
              .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
              .allowPeers("sgp", ONE));
      try (Peer p = new Peer(ONE)) {
        p.send(new AspUp(7L, null, List.of()));
        assertThat(p.next(AspUpAck.class)).isEqualTo(new AspUpAck(7L, null, List.of()));
      }
      assertThat(counter(Counter.REFUSED_PEERS)).isZero();
    }

    @Test
    void server_without_a_peer_list_admits_any_loopback_address() throws Exception {
      start(sgpBuilder().applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE)));
      try (Peer p = new Peer(TWO)) {
        p.send(new AspUp(7L, null, List.of()));
        assertThat(p.next(AspUpAck.class)).isEqualTo(new AspUpAck(7L, null, List.of()));
      }
    }
  }

  @Nested
  class RoutingContextPerPeer {
    @BeforeEach
    void twoApplicationServers() throws Exception {
      start(
          sgpBuilder()
              .applicationServer(
                  new AsConfig("as-two", 10, TrafficModeType.LOADSHARE).allowing(TWO))
              .applicationServer(
                  new AsConfig("as-one", 20, TrafficModeType.LOADSHARE).allowing(ONE)));
    }

    @Test
    void asp_active_for_another_peers_routing_context_is_answered_with_invalid_routing_context()
        throws Exception {
      try (Peer p = new Peer(ONE)) {
        p.send(new AspUp(null, null, List.of()));
        p.next(AspUpAck.class);
        p.send(new AspActive(null, List.of(10L), null, List.of()));
        ErrorMessage err = p.next(ErrorMessage.class);
        assertThat(err.errorCode()).isEqualTo(ErrorCode.INVALID_ROUTING_CONTEXT);
        assertThat(err.routingContexts()).containsExactly(10L);
      }
      assertThat(counter(Counter.REFUSED_ROUTING_CONTEXTS)).isEqualTo(1);
      assertThat(loop.call(() -> sgp.activeAspCount("as-two"), 5_000)).isZero();
    }

    @Test
    void asp_active_for_its_own_routing_context_is_acknowledged() throws Exception {
      try (Peer p = new Peer(ONE)) {
        p.send(new AspUp(null, null, List.of()));
        p.next(AspUpAck.class);
        p.send(new AspActive(null, List.of(20L), null, List.of()));
        assertThat(p.next(AspActiveAck.class).routingContexts()).containsExactly(20L);
        assertThat(loop.call(() -> sgp.activeAspCount("as-one"), 5_000)).isEqualTo(1);
      }
      assertThat(counter(Counter.REFUSED_ROUTING_CONTEXTS)).isZero();
    }

    @Test
    void asp_active_without_routing_context_activates_only_the_peers_own_application_servers()
        throws Exception {
      try (Peer p = new Peer(TWO)) {
        p.send(new AspUp(null, null, List.of()));
        p.next(AspUpAck.class);
        p.send(new AspActive(null, List.of(), null, List.of()));
        p.next(AspActiveAck.class);
        assertThat(loop.call(() -> sgp.activeAspCount("as-two"), 5_000)).isEqualTo(1);
        assertThat(loop.call(() -> sgp.activeAspCount("as-one"), 5_000)).isZero();
      }
    }

    @Test
    void asp_inactive_for_another_peers_routing_context_is_answered_with_invalid_routing_context()
        throws Exception {
      try (Peer p = new Peer(TWO)) {
        p.send(new AspUp(null, null, List.of()));
        p.next(AspUpAck.class);
        p.send(new AspActive(null, List.of(10L), null, List.of()));
        p.next(AspActiveAck.class);
        p.send(new AspInactive(List.of(20L), null, List.of()));
        ErrorMessage err = p.next(ErrorMessage.class);
        assertThat(err.errorCode()).isEqualTo(ErrorCode.INVALID_ROUTING_CONTEXT);
        assertThat(err.routingContexts()).containsExactly(20L);
        assertThat(loop.call(() -> sgp.activeAspCount("as-two"), 5_000)).isEqualTo(1);
      }
    }
  }

  @Nested
  class DynamicRegistration {
    private RegistrationResult registerFrom(M3uaNodeBuilder b) throws Exception {
      start(b.applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE)));
      try (Peer p = new Peer(ONE)) {
        p.send(new AspUp(null, null, List.of()));
        p.next(AspUpAck.class);
        p.send(
            new RegistrationRequest(
                List.of(RoutingKey.forDestination(7, null, TrafficModeType.LOADSHARE, 77)),
                List.of()));
        return p.next(RegistrationResponse.class).results().get(0);
      }
    }

    @Test
    void a_node_refusing_registration_answers_permission_denied() throws Exception {
      RegistrationResult r = registerFrom(sgpBuilder().dynamicRegistration(false));
      assertThat(r.localRkIdentifier()).isEqualTo(7);
      assertThat(r.status()).isEqualTo(RegistrationResult.PERMISSION_DENIED);
      assertThat(counter(Counter.REFUSED_REGISTRATIONS)).isEqualTo(1);
    }

    @Test
    void by_default_a_routing_key_is_registered() throws Exception {
      RegistrationResult r = registerFrom(sgpBuilder());
      assertThat(r.status()).isEqualTo(RegistrationResult.SUCCESSFULLY_REGISTERED);
      assertThat(counter(Counter.REFUSED_REGISTRATIONS)).isZero();
    }

    /** Refusals the node reported: counter, link, peer and detail, one string each. */
    private final List<String> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();

    private M3uaNodeBuilder listened(M3uaNodeBuilder b) {
      return b.refusals(
          new RefusalListener() {
            @Override
            public void refused(Counter counter, String link, List<java.net.SocketAddress> peer) {
              refusals.add(counter + " " + link + " " + peer);
            }

            @Override
            public void refused(
                Counter counter, String link, List<java.net.SocketAddress> peer, String detail) {
              refusals.add(counter + " " + link + " " + peer + " " + detail);
            }
          });
    }

    /** REG REQ with {@code keys} from a peer at 127.0.0.1; the results, and the peer's port. */
    private List<RegistrationResult> register(M3uaNodeBuilder b, RoutingKey... keys)
        throws Exception {
      start(listened(b));
      try (Peer p = new Peer(ONE)) {
        peerPort = p.socket.getLocalPort();
        p.send(new AspUp(null, null, List.of()));
        p.next(AspUpAck.class);
        p.send(new RegistrationRequest(List.of(keys), List.of()));
        return p.next(RegistrationResponse.class).results();
      }
    }

    private int peerPort;

    @Test
    void a_key_for_a_destination_configured_over_another_peers_as_is_denied_and_reported()
        throws Exception {
      // PC 5 is served by AS "hlr" (RC 20), which only 127.0.0.2 may activate
      List<RegistrationResult> r =
          register(
              sgpBuilder()
                  .applicationServer(
                      new AsConfig("hlr", 20, TrafficModeType.LOADSHARE).allowing(TWO))
                  .route(PointCode.itu(5), "hlr"),
              RoutingKey.forDestination(7, null, TrafficModeType.LOADSHARE, 5));
      assertThat(r)
          .containsExactly(new RegistrationResult(7, RegistrationResult.PERMISSION_DENIED, 0));
      assertThat(counter(Counter.REFUSED_REGISTRATIONS)).isEqualTo(1);
      assertThat(refusals)
          .containsExactly(
              "REFUSED_REGISTRATIONS sgp [/127.0.0.1:"
                  + peerPort
                  + "] routing key 7 for DPC 5 (0-0-5): Error - Permission Denied (5)");
      // nothing routes PC 5 to the peer: the only route is still the configured AS
      assertThat(loop.call(() -> sgp.routeStatus(PointCode.itu(5)), 5_000))
          .extracting(RouteStatus::via)
          .containsExactly("hlr");
    }

    @Test
    void a_key_for_the_nodes_own_point_code_is_denied() throws Exception {
      List<RegistrationResult> r =
          register(sgpBuilder(), RoutingKey.forDestination(8, null, TrafficModeType.LOADSHARE, 2));
      assertThat(r)
          .extracting(RegistrationResult::status)
          .containsExactly(RegistrationResult.PERMISSION_DENIED);
      assertThat(refusals)
          .singleElement()
          .asString()
          .endsWith("routing key 8 for DPC 2 (0-0-2): Error - Permission Denied (5)");
    }

    @Test
    void every_refused_key_is_counted_with_its_status_and_the_accepted_one_is_not()
        throws Exception {
      RoutingKey twoDpcs =
          new RoutingKey(
              3,
              null,
              TrafficModeType.LOADSHARE,
              null,
              List.of(
                  org.ss7sim.m3ua.message.AffectedPointCode.of(40),
                  org.ss7sim.m3ua.message.AffectedPointCode.of(41)),
              List.of(),
              List.of(),
              List.of());
      List<RegistrationResult> r =
          register(
              sgpBuilder(),
              twoDpcs,
              RoutingKey.forDestination(4, null, TrafficModeType.LOADSHARE, 1 << 14),
              RoutingKey.forDestination(5, null, TrafficModeType.LOADSHARE, 42));
      assertThat(r)
          .extracting(RegistrationResult::status)
          .containsExactly(
              RegistrationResult.CANNOT_SUPPORT_UNIQUE_ROUTING,
              RegistrationResult.INVALID_DPC,
              RegistrationResult.SUCCESSFULLY_REGISTERED);
      assertThat(counter(Counter.REFUSED_REGISTRATIONS)).isEqualTo(2);
      assertThat(refusals)
          .containsExactly(
              "REFUSED_REGISTRATIONS sgp [/127.0.0.1:"
                  + peerPort
                  + "] routing key 3 (2 DPCs): Error - Cannot Support Unique Routing (6)",
              "REFUSED_REGISTRATIONS sgp [/127.0.0.1:"
                  + peerPort
                  + "] routing key 4 for DPC 16384: Error - Invalid DPC (2)");
    }
  }

  /** A raw M3UA-over-TCP peer bound to one loopback address. */
  private final class Peer implements AutoCloseable {
    private final Socket socket = new Socket();
    private final DataInputStream in;

    Peer(InetAddress local) throws IOException {
      socket.bind(new InetSocketAddress(local, 0));
      socket.connect(sgp.serverAddress("sgp"), 5_000);
      socket.setSoTimeout(5_000);
      in = new DataInputStream(socket.getInputStream());
    }

    void send(M3uaMessage m) throws IOException {
      socket.getOutputStream().write(M3uaCodec.encode(m).toByteArray());
      socket.getOutputStream().flush();
    }

    /** The next message of {@code type}, skipping others (NTFY, SSNM), at most 20 messages. */
    <T extends M3uaMessage> T next(Class<T> type) throws Exception {
      for (int i = 0; i < 20; i++) {
        M3uaMessage m = read();
        if (type.isInstance(m)) {
          return type.cast(m);
        }
      }
      throw new AssertionError("no " + type.getSimpleName() + " within 20 messages");
    }

    /** Whether the server closed the connection (end of stream) before sending anything. */
    boolean closedByServer() throws IOException {
      try {
        return in.read() == -1;
      } catch (java.net.SocketException reset) {
        return true;
      }
    }

    private M3uaMessage read() throws Exception {
      byte[] header = new byte[8];
      in.readFully(header);
      int length =
          ((header[4] & 0xff) << 24)
              | ((header[5] & 0xff) << 16)
              | ((header[6] & 0xff) << 8)
              | (header[7] & 0xff);
      if (length < 8 || length > 65_536) {
        throw new EOFException("bad M3UA length " + length);
      }
      byte[] message = new byte[length];
      System.arraycopy(header, 0, message, 0, 8);
      in.readFully(message, 8, length - 8);
      return M3uaCodec.decode(Octets.wrap(message));
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
