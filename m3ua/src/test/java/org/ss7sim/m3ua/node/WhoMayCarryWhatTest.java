package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.m3ua.node.Fixture.message;
import static org.ss7sim.m3ua.node.Fixture.serverAt;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.message.AffectedPointCode;
import org.ss7sim.m3ua.message.AspActive;
import org.ss7sim.m3ua.message.AspActiveAck;
import org.ss7sim.m3ua.message.AspUp;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.ErrorCode;
import org.ss7sim.m3ua.message.ErrorMessage;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.Notify;
import org.ss7sim.m3ua.message.ProtocolData;
import org.ss7sim.m3ua.message.RegistrationRequest;
import org.ss7sim.m3ua.message.RegistrationResponse;
import org.ss7sim.m3ua.message.RegistrationResult;
import org.ss7sim.m3ua.message.RoutingKey;
import org.ss7sim.m3ua.message.Status;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.wire.Octets;

/**
 * "Who may carry what" (RFC 4666 §3.8.1, §4.3.4.3), on the in-JVM transport: a node (PC 2) with
 * three servers — "ext" (port 2905) serving AS "as-ext" (RC 100, override, PC 101), "other" (2906)
 * serving "as-other" (RC 200, loadshare, PC 102), and "spare" (2907) serving none.
 */
class WhoMayCarryWhatTest {
  private final Fixture f = new Fixture();

  private M3uaNodeBuilder builder() {
    return f.node(2)
        .server("ext", TransportKind.IN_JVM, serverAt(2905))
        .server("other", TransportKind.IN_JVM, serverAt(2906))
        .server("spare", TransportKind.IN_JVM, serverAt(2907))
        .applicationServer(new AsConfig("as-ext", 100, TrafficModeType.OVERRIDE).on("ext"))
        .applicationServer(new AsConfig("as-other", 200, TrafficModeType.LOADSHARE).on("other"))
        .route(PointCode.itu(101), "as-ext")
        .route(PointCode.itu(102), "as-other");
  }

  private M3uaNode started(M3uaNodeBuilder b) {
    M3uaNode n = b.build();
    n.start();
    return n;
  }

  private static AspActive active(TrafficModeType mode, Long... rcs) {
    return new AspActive(mode, List.of(rcs), null, List.of());
  }

  private Fixture.RawPeer activePeer(int port, long rc, TrafficModeType mode) {
    Fixture.RawPeer p = f.new RawPeer(port);
    p.send(new AspUp(null, null, List.of()));
    p.send(active(mode, rc));
    assertThat(p.received).anyMatch(m -> m instanceof AspActiveAck);
    return p;
  }

  private static List<Data> dataOf(Fixture.RawPeer p) {
    return p.received.stream().filter(m -> m instanceof Data).map(m -> (Data) m).toList();
  }

  private static List<ErrorMessage> errorsOf(Fixture.RawPeer p) {
    return p.received.stream()
        .filter(m -> m instanceof ErrorMessage)
        .map(m -> (ErrorMessage) m)
        .toList();
  }

  private static Data dataFor(long rc, int dpc) {
    return new Data(
        null,
        List.of(rc),
        new ProtocolData(101, dpc, 3, 2, 0, 5, Octets.fromHex("0a0b")),
        null,
        List.of());
  }

  /** The refusal table: what an ASP on a server asks, and the one ERR code it must get. */
  @Nested
  class AspActiveRefusals {
    @ParameterizedTest(name = "port {0}, mode {1}, rc {2} -> ERR {3}")
    @CsvSource({
      // on "ext", the other link's RC
      "2905, 1, 200, 25, REFUSED_ROUTING_CONTEXTS",
      // on "ext", an RC no AS has
      "2905, 1, 999, 25, REFUSED_ROUTING_CONTEXTS",
      // on "spare", no RC: no AS configured for it
      "2907, 1, , 26, REFUSED_NO_CONFIGURED_AS",
      // on "spare", naming the RC of "ext"
      "2907, 1, 100, 25, REFUSED_ROUTING_CONTEXTS",
      // on "ext", its own RC but loadshare where the AS is override
      "2905, 2, 100, 5, REFUSED_TRAFFIC_MODES",
      // on "ext", a traffic mode that does not exist
      "2905, 7, 100, 5, REFUSED_TRAFFIC_MODES",
    })
    void is_answered_with_exactly_one_error_and_gets_no_traffic(
        int port, int mode, Long rc, int errorCode, String counter) {
      M3uaNode n = started(builder());
      Fixture.RawPeer other = activePeer(2906, 200, TrafficModeType.LOADSHARE);
      Fixture.RawPeer p = f.new RawPeer(port);
      p.send(new AspUp(null, null, List.of()));
      p.send(
          new AspActive(
              new TrafficModeType(mode), rc == null ? List.of() : List.of(rc), null, List.of()));
      assertThat(errorsOf(p)).hasSize(1);
      assertThat(errorsOf(p).get(0).errorCode().code()).isEqualTo(errorCode);
      if (errorCode == 0x19) {
        assertThat(errorsOf(p).get(0).routingContexts()).containsExactly(rc);
      }
      assertThat(p.received).noneMatch(m -> m instanceof AspActiveAck);
      assertThat(n.counter(Counter.valueOf(counter))).isEqualTo(1);
      for (int sls = 0; sls < 4; sls++) {
        n.transfer(message(2, 102, sls, "01"));
        n.transfer(message(2, 101, sls, "02"));
      }
      f.settle();
      assertThat(dataOf(p)).isEmpty();
      assertThat(dataOf(other)).hasSize(4);
    }
  }

  @Nested
  class Admission {
    @Test
    void asp_active_naming_its_own_and_a_foreign_rc_activates_neither() {
      M3uaNode n = started(builder());
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(active(TrafficModeType.OVERRIDE, 100L, 200L));
      assertThat(errorsOf(p)).hasSize(1);
      assertThat(errorsOf(p).get(0).errorCode()).isEqualTo(ErrorCode.INVALID_ROUTING_CONTEXT);
      assertThat(errorsOf(p).get(0).routingContexts()).containsExactly(200L);
      assertThat(n.activeAspCount("as-ext")).isZero();
      assertThat(n.activeAspCount("as-other")).isZero();
    }

    @Test
    void data_with_an_unknown_rc_from_an_inactive_asp_is_invalid_routing_context() {
      M3uaNode n = started(builder());
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(dataFor(4242, 102));
      assertThat(errorsOf(p))
          .extracting(ErrorMessage::errorCode)
          .containsExactly(ErrorCode.INVALID_ROUTING_CONTEXT);
      p.send(dataFor(200, 102));
      assertThat(errorsOf(p))
          .extracting(ErrorMessage::errorCode)
          .containsExactly(ErrorCode.INVALID_ROUTING_CONTEXT, ErrorCode.UNEXPECTED_MESSAGE);
      assertThat(n.counter(Counter.REFUSED_DATA)).isEqualTo(2);
    }

    @Test
    void asp_active_with_its_own_rc_is_acknowledged_and_gets_only_its_as_traffic() {
      M3uaNode n = started(builder());
      Fixture.RawPeer other = activePeer(2906, 200, TrafficModeType.LOADSHARE);
      Fixture.RawPeer p = activePeer(2905, 100, TrafficModeType.OVERRIDE);
      assertThat(p.received)
          .anyMatch(m -> m instanceof Notify nt && nt.status().equals(Status.AS_ACTIVE));
      n.transfer(message(2, 101, 3, "aa"));
      n.transfer(message(2, 102, 3, "bb"));
      f.settle();
      assertThat(dataOf(p)).hasSize(1);
      assertThat(dataOf(p).get(0).routingContexts()).containsExactly(100L);
      assertThat(dataOf(other)).hasSize(1);
      assertThat(dataOf(other).get(0).routingContexts()).containsExactly(200L);
    }

    @Test
    void asp_active_without_rc_activates_only_the_as_of_its_server() {
      M3uaNode n = started(builder());
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(new AspActive(null, List.of(), null, List.of()));
      assertThat(p.last()).isNotInstanceOf(ErrorMessage.class);
      assertThat(n.activeAspCount("as-ext")).isEqualTo(1);
      assertThat(n.activeAspCount("as-other")).isZero();
    }

    @Test
    void an_as_without_server_binding_is_still_open_to_every_server() {
      M3uaNode n =
          started(
              f.node(2)
                  .server("a", TransportKind.IN_JVM, serverAt(2905))
                  .server("b", TransportKind.IN_JVM, serverAt(2906))
                  .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE)));
      activePeer(2906, 10, TrafficModeType.LOADSHARE);
      assertThat(n.activeAspCount("as1")).isEqualTo(1);
    }
  }

  @Nested
  class OverrideSection4_3_4_3 {
    @Test
    void a_second_asp_active_takes_over_and_the_first_gets_alternate_asp_active() {
      M3uaNode n = started(builder());
      Fixture.RawPeer first = activePeer(2905, 100, TrafficModeType.OVERRIDE);
      n.transfer(message(2, 101, 1, "01"));
      f.settle();
      assertThat(dataOf(first)).hasSize(1);
      Fixture.RawPeer second = activePeer(2905, 100, TrafficModeType.OVERRIDE);
      assertThat(first.received)
          .anyMatch(
              m ->
                  m instanceof Notify nt
                      && nt.status().equals(Status.ALTERNATE_ASP_ACTIVE)
                      && nt.routingContexts().equals(List.of(100L)));
      for (int sls = 0; sls < 4; sls++) {
        n.transfer(message(2, 101, sls, "02"));
      }
      f.settle();
      assertThat(dataOf(first)).hasSize(1);
      assertThat(dataOf(second)).hasSize(4);
      assertThat(n.activeAspCount("as-ext")).isEqualTo(1);
    }

    @Test
    void an_asp_client_in_override_mode_goes_inactive_when_another_takes_over() {
      M3uaNode sgp = started(builder());
      M3uaNode client =
          f.node(101).link(Fixture.asp("l1", 2905, 100, TrafficModeType.OVERRIDE)).build();
      client.start();
      f.settle();
      assertThat(client.linkState("l1")).isEqualTo(AspState.ASP_ACTIVE);
      activePeer(2905, 100, TrafficModeType.OVERRIDE);
      assertThat(client.linkState("l1")).isEqualTo(AspState.ASP_INACTIVE);
      assertThat(sgp.activeAspCount("as-ext")).isEqualTo(1);
    }
  }

  @Nested
  class BetweenSimulatedNodes {
    @Test
    void a_simulated_asp_with_another_links_rc_stays_inactive_and_gets_no_traffic() {
      M3uaNode sgp = started(builder());
      Fixture.RawPeer other = activePeer(2906, 200, TrafficModeType.LOADSHARE);
      M3uaNode intruder =
          f.node(150).link(Fixture.asp("l1", 2905, 200, TrafficModeType.LOADSHARE)).build();
      Fixture.User user = new Fixture.User();
      intruder.register(org.ss7sim.mtp.ServiceIndicator.SCCP, user);
      intruder.start();
      f.settle();
      assertThat(intruder.linkState("l1")).isEqualTo(AspState.ASP_INACTIVE);
      assertThat(intruder.counter(Counter.ERR_RECEIVED)).isEqualTo(1);
      assertThat(sgp.counter(Counter.REFUSED_ROUTING_CONTEXTS)).isEqualTo(1);
      for (int sls = 0; sls < 4; sls++) {
        sgp.transfer(message(2, 102, sls, "01"));
      }
      f.settle();
      assertThat(dataOf(other)).hasSize(4);
      assertThat(intruder.counter(Counter.DATA_RECEIVED)).isZero();
      assertThat(user.received).isEmpty();
    }

    /** The intruder cases of {@link AspActiveRefusals}, played by a simulated node's ASP. */
    @ParameterizedTest(name = "port {0}, rc {1}, mode {2} -> {3}")
    @CsvSource({
      // on "spare", no RC: no AS configured for it (ERR 0x1a)
      "2907, , 1, REFUSED_NO_CONFIGURED_AS",
      // on "spare", naming the RC of "ext" (ERR 0x19)
      "2907, 100, 1, REFUSED_ROUTING_CONTEXTS",
      // on "ext", its own RC but loadshare where the AS is override (ERR 0x05)
      "2905, 100, 2, REFUSED_TRAFFIC_MODES",
    })
    void a_refused_simulated_asp_stays_inactive_and_gets_no_traffic(
        int port, Long rc, int mode, String counter) {
      M3uaNode sgp = started(builder());
      Fixture.RawPeer other = activePeer(2906, 200, TrafficModeType.LOADSHARE);
      M3uaNode intruder =
          f.node(150)
              .link(
                  new AspLinkConfig(
                      "l1",
                      TransportKind.IN_JVM,
                      Fixture.clientTo("l1", port),
                      rc == null ? List.of() : List.of(rc),
                      new TrafficModeType(mode),
                      null,
                      false))
              .build();
      Fixture.User user = new Fixture.User();
      intruder.register(org.ss7sim.mtp.ServiceIndicator.SCCP, user);
      intruder.start();
      f.settle();
      assertThat(intruder.linkState("l1")).isEqualTo(AspState.ASP_INACTIVE);
      assertThat(intruder.counter(Counter.ERR_RECEIVED)).isEqualTo(1);
      assertThat(sgp.counter(Counter.valueOf(counter))).isEqualTo(1);
      for (int sls = 0; sls < 4; sls++) {
        sgp.transfer(message(2, 102, sls, "01"));
        sgp.transfer(message(2, 101, sls, "02"));
      }
      f.settle();
      assertThat(dataOf(other)).hasSize(4);
      assertThat(intruder.counter(Counter.DATA_RECEIVED)).isZero();
      assertThat(user.received).isEmpty();
    }

    @Test
    void a_simulated_asp_from_an_address_not_allowed_is_closed_and_gets_no_traffic()
        throws Exception {
      // An in-JVM association has no address, so an allow list refuses it.
      M3uaNode sgp = started(builder().allowPeers("ext", InetAddress.getByName("127.0.0.1")));
      M3uaNode intruder =
          f.node(150).link(Fixture.asp("l1", 2905, 100, TrafficModeType.OVERRIDE)).build();
      Fixture.User user = new Fixture.User();
      intruder.register(org.ss7sim.mtp.ServiceIndicator.SCCP, user);
      intruder.start();
      f.settle();
      assertThat(intruder.linkState("l1")).isNotEqualTo(AspState.ASP_ACTIVE);
      assertThat(sgp.counter(Counter.REFUSED_PEERS)).isGreaterThanOrEqualTo(1);
      for (int sls = 0; sls < 4; sls++) {
        sgp.transfer(message(2, 101, sls, "02"));
      }
      f.settle();
      assertThat(intruder.counter(Counter.DATA_RECEIVED)).isZero();
      assertThat(user.received).isEmpty();
    }
  }

  @Nested
  class DataSection3_8_1 {
    @Test
    void data_with_another_links_rc_is_refused_and_not_forwarded() {
      M3uaNode n = started(builder());
      Fixture.RawPeer other = activePeer(2906, 200, TrafficModeType.LOADSHARE);
      Fixture.RawPeer p = activePeer(2905, 100, TrafficModeType.OVERRIDE);
      long forwarded = n.counter(Counter.FORWARDED);
      p.send(dataFor(200, 102));
      f.settle();
      assertThat(errorsOf(p)).hasSize(1);
      assertThat(errorsOf(p).get(0).errorCode()).isEqualTo(ErrorCode.INVALID_ROUTING_CONTEXT);
      assertThat(errorsOf(p).get(0).routingContexts()).containsExactly(200L);
      assertThat(dataOf(other)).isEmpty();
      assertThat(n.counter(Counter.FORWARDED)).isEqualTo(forwarded);
      assertThat(n.counter(Counter.REFUSED_DATA)).isEqualTo(1);
    }

    @Test
    void data_with_an_unknown_rc_is_refused() {
      M3uaNode n = started(builder());
      Fixture.RawPeer p = activePeer(2905, 100, TrafficModeType.OVERRIDE);
      p.send(dataFor(4242, 102));
      assertThat(errorsOf(p))
          .extracting(ErrorMessage::errorCode)
          .containsExactly(ErrorCode.INVALID_ROUTING_CONTEXT);
      assertThat(n.counter(Counter.REFUSED_DATA)).isEqualTo(1);
    }

    @Test
    void data_with_its_own_rc_is_forwarded() {
      M3uaNode n = started(builder());
      Fixture.RawPeer other = activePeer(2906, 200, TrafficModeType.LOADSHARE);
      Fixture.RawPeer p = activePeer(2905, 100, TrafficModeType.OVERRIDE);
      p.send(dataFor(100, 102));
      f.settle();
      assertThat(errorsOf(p)).isEmpty();
      assertThat(dataOf(other)).hasSize(1);
      assertThat(n.counter(Counter.FORWARDED)).isEqualTo(1);
    }
  }

  @Nested
  class NetworkAppearanceSection3_3_1 {
    @Test
    void each_server_has_its_own_network_appearance_in_data_and_checks_it() {
      M3uaNode n = started(builder().networkAppearance(7L).serverNetworkAppearance("ext", 8L));
      Fixture.RawPeer p = activePeer(2905, 100, TrafficModeType.OVERRIDE);
      Fixture.RawPeer other = activePeer(2906, 200, TrafficModeType.LOADSHARE);
      n.transfer(message(2, 101, 1, "01"));
      n.transfer(message(2, 102, 1, "01"));
      f.settle();
      assertThat(dataOf(p).get(0).networkAppearance()).isEqualTo(8L);
      assertThat(dataOf(other).get(0).networkAppearance()).isEqualTo(7L);
      p.send(
          new Data(
              7L,
              List.of(100L),
              new ProtocolData(101, 2, 3, 2, 0, 5, Octets.fromHex("00")),
              null,
              List.of()));
      assertThat(errorsOf(p))
          .extracting(ErrorMessage::errorCode)
          .containsExactly(ErrorCode.INVALID_NETWORK_APPEARANCE);
      assertThat(n.counter(Counter.REFUSED_NETWORK_APPEARANCES)).isEqualTo(1);
    }

    @Test
    void a_client_link_sends_its_network_appearance_and_asp_identifier() {
      started(builder());
      java.util.List<Octets> sent = new java.util.ArrayList<>();
      // The tracer sees the bytes on the wire.
      M3uaNode traced =
          f.node(103)
              .link(
                  Fixture.asp("l2", 2905, 100, TrafficModeType.OVERRIDE)
                      .withNetworkAppearance(9L)
                      .withAspIdentifier(55L))
              .route(PointCode.itu(2), "l2")
              .tracer(
                  (link, out, stream, bytes) -> {
                    if (out) {
                      sent.add(bytes);
                    }
                  })
              .build();
      traced.start();
      f.settle();
      traced.transfer(message(103, 2, 1, "01"));
      f.settle();
      List<M3uaMessage> decoded = sent.stream().map(WhoMayCarryWhatTest::decode).toList();
      assertThat(decoded.get(0)).isEqualTo(new AspUp(55L, null, List.of()));
      assertThat(decoded)
          .filteredOn(m -> m instanceof Data)
          .extracting(m -> ((Data) m).networkAppearance())
          .containsExactly(9L);
    }
  }

  @Nested
  class DynamicRegistration {
    private RegistrationRequest keyFor(int dpc) {
      return new RegistrationRequest(
          List.of(
              new RoutingKey(
                  1,
                  null,
                  TrafficModeType.LOADSHARE,
                  null,
                  List.of(AffectedPointCode.of(dpc)),
                  List.of(),
                  List.of(),
                  List.of())),
          List.of());
    }

    @Test
    void an_as_created_by_reg_req_admits_only_the_peer_that_registered_it() {
      M3uaNode n = started(builder());
      Fixture.RawPeer owner = f.new RawPeer(2907);
      owner.send(new AspUp(null, null, List.of()));
      owner.send(keyFor(150));
      long rc = ((RegistrationResponse) owner.last()).results().get(0).routingContext();
      Fixture.RawPeer intruder = f.new RawPeer(2905);
      intruder.send(new AspUp(null, null, List.of()));
      intruder.send(active(TrafficModeType.LOADSHARE, rc));
      assertThat(errorsOf(intruder))
          .extracting(ErrorMessage::errorCode)
          .containsExactly(ErrorCode.INVALID_ROUTING_CONTEXT);
      intruder.send(keyFor(150));
      assertThat(((RegistrationResponse) intruder.last()).results().get(0).status())
          .isEqualTo(RegistrationResult.PERMISSION_DENIED);
      owner.send(active(TrafficModeType.LOADSHARE, rc));
      assertThat(owner.received).anyMatch(m -> m instanceof AspActiveAck);
      n.transfer(message(2, 150, 1, "01"));
      f.settle();
      assertThat(dataOf(owner)).hasSize(1);
      assertThat(dataOf(intruder)).isEmpty();
    }
  }

  @Nested
  class RateLimits {
    @Test
    void err_answers_beyond_the_budget_are_dropped_and_counted_then_refill() {
      M3uaNode n = started(builder().errorRateLimit(5, Duration.ofSeconds(1)));
      Fixture.RawPeer p = f.new RawPeer(2905);
      for (int i = 0; i < 30; i++) {
        p.sendRaw("0900000100000008"); // version 9: ERR Invalid Version
      }
      assertThat(errorsOf(p)).hasSize(5);
      assertThat(n.counter(Counter.ERR_SUPPRESSED)).isEqualTo(25);
      assertThat(n.counter(Counter.DISCARDED_MALFORMED)).isEqualTo(30);
      f.clock.advance(Duration.ofSeconds(2));
      for (int i = 0; i < 5; i++) {
        p.sendRaw("0900000100000008");
      }
      assertThat(errorsOf(p)).hasSize(7);
    }

    @Test
    void the_budget_is_per_association() {
      M3uaNode n = started(builder().errorRateLimit(3, Duration.ofSeconds(1)));
      Fixture.RawPeer noisy = f.new RawPeer(2905);
      for (int i = 0; i < 10; i++) {
        noisy.sendRaw("0900000100000008");
      }
      Fixture.RawPeer quiet = f.new RawPeer(2905);
      quiet.sendRaw("0900000100000008");
      assertThat(errorsOf(noisy)).hasSize(3);
      assertThat(errorsOf(quiet)).hasSize(1);
      assertThat(n.counter(Counter.ERR_SUPPRESSED)).isEqualTo(7);
    }

    @Test
    void refused_associations_are_closed_and_counted_beyond_the_budget_without_a_log_line()
        throws Exception {
      // An in-JVM association has no address, so an allow list refuses it.
      M3uaNode n =
          started(
              builder()
                  .allowPeers("ext", InetAddress.getByName("127.0.0.1"))
                  .errorRateLimit(2, Duration.ofSeconds(1)));
      List<Fixture.RawPeer> peers = new java.util.ArrayList<>();
      for (int i = 0; i < 5; i++) {
        peers.add(f.new RawPeer(2905));
      }
      f.settle();
      assertThat(peers).allMatch(p -> p.events.contains("down"));
      assertThat(n.counter(Counter.REFUSED_PEERS)).isEqualTo(5);
      assertThat(n.counter(Counter.REFUSALS_SUPPRESSED)).isEqualTo(3);
    }
  }

  private static M3uaMessage decode(Octets o) {
    try {
      return org.ss7sim.m3ua.message.M3uaCodec.decode(o);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
