package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.m3ua.node.Fixture.asp;
import static org.ss7sim.m3ua.node.Fixture.message;
import static org.ss7sim.m3ua.node.Fixture.serverAt;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ss7sim.m3ua.asp.AsState;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.message.AffectedPointCode;
import org.ss7sim.m3ua.message.AspActive;
import org.ss7sim.m3ua.message.AspActiveAck;
import org.ss7sim.m3ua.message.AspUp;
import org.ss7sim.m3ua.message.AspUpAck;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.DestinationAvailable;
import org.ss7sim.m3ua.message.DestinationStateAudit;
import org.ss7sim.m3ua.message.DestinationUnavailable;
import org.ss7sim.m3ua.message.ErrorCode;
import org.ss7sim.m3ua.message.ErrorMessage;
import org.ss7sim.m3ua.message.Heartbeat;
import org.ss7sim.m3ua.message.HeartbeatAck;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.M3uaMessageType;
import org.ss7sim.m3ua.message.ProtocolData;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.wire.Octets;

class M3uaNodeTest {
  private final Fixture f = new Fixture();

  /** SGP at PC 2 serving AS "as1" (RC 10, PC 1) on in-JVM port 2905. */
  private M3uaNode sgp(TrafficModeType mode) {
    return f.node(2)
        .server("sgp", org.ss7sim.transport.TransportKind.IN_JVM, serverAt(2905))
        .applicationServer(new AsConfig("as1", 10, mode))
        .route(PointCode.itu(1), "as1")
        .build();
  }

  private M3uaNode aspNode(String link, TrafficModeType mode) {
    return f.node(1).link(asp(link, 2905, 10, mode)).route(PointCode.itu(2), link).build();
  }

  @Nested
  class AspAndSgpSection4_3_4 {
    @Test
    void asp_comes_up_and_active_and_data_flows_both_ways() {
      M3uaNode sgp = sgp(TrafficModeType.OVERRIDE);
      M3uaNode asp = aspNode("l1", TrafficModeType.OVERRIDE);
      Fixture.User sgpUser = new Fixture.User();
      Fixture.User aspUser = new Fixture.User();
      sgp.register(ServiceIndicator.SCCP, sgpUser);
      asp.register(ServiceIndicator.SCCP, aspUser);
      sgp.start();
      asp.start();
      f.settle();
      assertThat(asp.linkState("l1")).isEqualTo(AspState.ASP_ACTIVE);
      assertThat(sgp.asState("as1")).isEqualTo(AsState.AS_ACTIVE);
      assertThat(aspUser.events).containsExactly("resume 2");
      assertThat(sgpUser.events).containsExactly("resume 1");
      asp.transfer(message(1, 2, 5, "aa"));
      sgp.transfer(message(2, 1, 6, "bb"));
      assertThat(sgpUser.received).containsExactly(message(1, 2, 5, "aa"));
      assertThat(aspUser.received).containsExactly(message(2, 1, 6, "bb"));
    }

    @Test
    void asp_down_moves_the_as_to_pending_then_down_at_t_r_expiry_and_users_see_pause() {
      M3uaNode sgp = sgp(TrafficModeType.OVERRIDE);
      M3uaNode asp = aspNode("l1", TrafficModeType.OVERRIDE);
      Fixture.User sgpUser = new Fixture.User();
      sgp.register(ServiceIndicator.SCCP, sgpUser);
      sgp.start();
      asp.start();
      f.settle();
      asp.aspDown("l1");
      assertThat(asp.linkState("l1")).isEqualTo(AspState.ASP_DOWN);
      assertThat(sgp.asState("as1")).isEqualTo(AsState.AS_PENDING);
      sgp.transfer(message(2, 1, 0, "01"));
      f.clock.advance(Duration.ofSeconds(2));
      assertThat(sgp.asState("as1")).isEqualTo(AsState.AS_DOWN);
      assertThat(sgp.counter(Counter.DISCARDED_PENDING)).isEqualTo(1);
      assertThat(sgpUser.events).containsExactly("resume 1", "pause 1");
    }

    @Test
    void messages_held_while_pending_are_delivered_when_the_asp_returns_before_t_r() {
      M3uaNode sgp = sgp(TrafficModeType.OVERRIDE);
      M3uaNode asp = aspNode("l1", TrafficModeType.OVERRIDE);
      Fixture.User aspUser = new Fixture.User();
      asp.register(ServiceIndicator.SCCP, aspUser);
      sgp.start();
      asp.start();
      f.settle();
      asp.abort("l1");
      assertThat(sgp.asState("as1")).isEqualTo(AsState.AS_PENDING);
      sgp.transfer(message(2, 1, 0, "01"));
      sgp.transfer(message(2, 1, 1, "02"));
      f.clock.advance(Duration.ofMillis(150));
      assertThat(sgp.asState("as1")).isEqualTo(AsState.AS_ACTIVE);
      assertThat(aspUser.received)
          .extracting(t -> t.userData().toHex())
          .containsExactly("01", "02");
    }
  }

  @Nested
  class TrafficModes {
    private final Map<String, Fixture.User> users = new HashMap<>();

    private M3uaNode twoAsps(TrafficModeType mode) {
      M3uaNode sgp = sgp(mode);
      sgp.start();
      for (String name : List.of("a", "b")) {
        M3uaNode n = aspNode(name, mode);
        Fixture.User u = new Fixture.User();
        n.register(ServiceIndicator.SCCP, u);
        users.put(name, u);
        n.start();
        f.settle();
        nodes.put(name, n);
      }
      return sgp;
    }

    private final Map<String, M3uaNode> nodes = new HashMap<>();

    @Test
    void override_sends_everything_to_the_last_activated_asp_and_fails_over_when_it_dies() {
      M3uaNode sgp = twoAsps(TrafficModeType.OVERRIDE);
      assertThat(nodes.get("a").linkState("a")).isEqualTo(AspState.ASP_INACTIVE);
      for (int i = 0; i < 8; i++) {
        sgp.transfer(message(2, 1, i, "01"));
      }
      assertThat(users.get("b").received).hasSize(8);
      assertThat(users.get("a").received).isEmpty();
      nodes.get("b").stop();
      // The standby takes over on NTFY(AS-PENDING), §4.3.4.3; messages sent meanwhile are held.
      assertThat(sgp.asState("as1")).isEqualTo(AsState.AS_ACTIVE);
      assertThat(nodes.get("a").linkState("a")).isEqualTo(AspState.ASP_ACTIVE);
      for (int i = 0; i < 8; i++) {
        sgp.transfer(message(2, 1, i, "02"));
      }
      assertThat(users.get("a").received).hasSize(8);
      assertThat(users.get("b").received).hasSize(8);
    }

    @Test
    void loadshare_spreads_by_sls_and_moves_all_traffic_to_the_survivor() {
      M3uaNode sgp = twoAsps(TrafficModeType.LOADSHARE);
      for (int sls = 0; sls < 16; sls++) {
        sgp.transfer(message(2, 1, sls, "01"));
      }
      assertThat(users.get("a").received).hasSize(8);
      assertThat(users.get("b").received).hasSize(8);
      nodes.get("a").abort("a");
      assertThat(sgp.asState("as1")).isEqualTo(AsState.AS_ACTIVE);
      for (int sls = 0; sls < 16; sls++) {
        sgp.transfer(message(2, 1, sls, "02"));
      }
      assertThat(users.get("b").received).hasSize(24);
    }

    @Test
    void loadshare_as_below_its_minimum_tells_inactive_asps_insufficient_asp_resources() {
      M3uaNode sgp =
          f.node(2)
              .server("sgp", org.ss7sim.transport.TransportKind.IN_JVM, serverAt(2905))
              .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE).needing(2))
              .route(PointCode.itu(1), "as1")
              .build();
      sgp.start();
      Fixture.RawPeer a = f.new RawPeer(2905);
      Fixture.RawPeer b = f.new RawPeer(2905);
      Fixture.RawPeer spare = f.new RawPeer(2905);
      for (Fixture.RawPeer p : List.of(a, b, spare)) {
        p.send(new AspUp(null, null, List.of()));
      }
      for (Fixture.RawPeer p : List.of(a, b, spare)) {
        p.send(new AspActive(null, List.of(10L), null, List.of()));
      }
      // The spare steps back (the AS knows an ASP once it has been active in it).
      spare.send(new org.ss7sim.m3ua.message.AspInactive(List.of(10L), null, List.of()));
      spare.received.clear();

      a.send(new org.ss7sim.m3ua.message.AspDown(null, List.of()));

      assertThat(sgp.activeAspCount("as1")).isEqualTo(1);
      assertThat(spare.received)
          .containsExactly(
              new org.ss7sim.m3ua.message.Notify(
                  org.ss7sim.m3ua.message.Status.INSUFFICIENT_ASP_RESOURCES,
                  null,
                  List.of(10L),
                  null,
                  List.of()));
    }

    @Test
    void broadcast_copies_to_every_active_asp() {
      M3uaNode sgp = twoAsps(TrafficModeType.BROADCAST);
      sgp.transfer(message(2, 1, 3, "01"));
      assertThat(users.get("a").received).hasSize(1);
      assertThat(users.get("b").received).hasSize(1);
    }
  }

  @Nested
  class ErrorAnswersSection3_8_1 {
    private M3uaNode started() {
      M3uaNode sgp = sgp(TrafficModeType.LOADSHARE);
      sgp.start();
      return sgp;
    }

    private ErrorCode errorOf(M3uaMessage m) {
      assertThat(m).isInstanceOf(ErrorMessage.class);
      return ((ErrorMessage) m).errorCode();
    }

    @Test
    void asp_active_before_asp_up_is_an_unexpected_message() {
      started();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspActive(null, List.of(10L), null, List.of()));
      assertThat(errorOf(p.last())).isEqualTo(ErrorCode.UNEXPECTED_MESSAGE);
    }

    @Test
    void asp_active_for_an_unknown_routing_context_is_answered_invalid_routing_context() {
      started();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(new AspActive(null, List.of(99L), null, List.of()));
      assertThat(p.received.get(0)).isInstanceOf(AspUpAck.class);
      assertThat(errorOf(p.last())).isEqualTo(ErrorCode.INVALID_ROUTING_CONTEXT);
      assertThat(((ErrorMessage) p.last()).routingContexts()).containsExactly(99L);
    }

    @Test
    void a_traffic_mode_other_than_the_as_one_is_unsupported_traffic_mode_type() {
      started();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(new AspActive(TrafficModeType.OVERRIDE, List.of(10L), null, List.of()));
      assertThat(errorOf(p.last())).isEqualTo(ErrorCode.UNSUPPORTED_TRAFFIC_MODE_TYPE);
    }

    @Test
    void data_from_an_inactive_asp_is_an_unexpected_message() {
      started();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(
          new Data(
              null,
              List.of(10L),
              new ProtocolData(1, 2, 3, 2, 0, 0, Octets.fromHex("00")),
              null,
              List.of()));
      assertThat(errorOf(p.last())).isEqualTo(ErrorCode.UNEXPECTED_MESSAGE);
    }

    /**
     * DATA whose Protocol Data holds a value out of range for the network (a point code wider than
     * 14 bits under ITU, SI above 15, NI or MP above 3) is refused with Invalid Parameter Value,
     * 0x11 (RFC 4666 §3.8.1), naming the routing context, and not forwarded; the ERR's bytes are
     * written out so another code (Protocol Error, 0x07) fails.
     */
    @ParameterizedTest(name = "opc {0} dpc {1} si {2} ni {3} mp {4}")
    @CsvSource({
      "1, 16384, 3, 2, 0",
      "16384, 1, 3, 2, 0",
      "2, 1, 16, 2, 0",
      "2, 1, 3, 4, 0",
      "2, 1, 3, 2, 4"
    })
    void data_with_protocol_data_out_of_range_is_answered_invalid_parameter_value(
        long opc, long dpc, int si, int ni, int mp) {
      M3uaNode sgp = started();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(new AspActive(null, List.of(10L), null, List.of()));
      p.received.clear();
      p.receivedBytes.clear();
      p.send(
          new Data(
              null,
              List.of(10L),
              new ProtocolData(opc, dpc, si, ni, mp, 0, Octets.fromHex("00")),
              null,
              List.of()));
      assertThat(p.receivedBytes)
          .containsExactly(
              Octets.fromHex(
                  "0100000000000018" // v1, MGMT, ERR, length 24
                      + "000c000800000011" // Error Code: Invalid Parameter Value
                      + "000600080000000a")); // Routing Context 10
      assertThat(sgp.counter(Counter.FORWARDED)).isZero();
      assertThat(sgp.counter(Counter.DISCARDED_UNEXPECTED)).isEqualTo(1);
    }

    @Test
    void asp_up_while_active_is_acknowledged_with_an_error_and_makes_the_asp_inactive() {
      M3uaNode sgp = started();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(new AspActive(null, List.of(10L), null, List.of()));
      assertThat(sgp.asState("as1")).isEqualTo(AsState.AS_ACTIVE);
      p.received.clear();
      p.send(new AspUp(null, null, List.of()));
      assertThat(p.received.get(0)).isInstanceOf(AspUpAck.class);
      assertThat(errorOf(p.received.get(1))).isEqualTo(ErrorCode.UNEXPECTED_MESSAGE);
      assertThat(sgp.asState("as1")).isEqualTo(AsState.AS_PENDING);
    }

    @Test
    void undecodable_messages_get_the_error_the_decoder_names_and_the_association_stays_up() {
      M3uaNode sgp = started();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.sendRaw("0200030100000008");
      p.sendRaw("0100050100000008");
      p.sendRaw("0100030900000008");
      p.sendRaw("01000301000000100011000200000000");
      p.sendRaw("0100010100000008");
      assertThat(p.received)
          .extracting(this::errorOf)
          .containsExactly(
              ErrorCode.INVALID_VERSION,
              ErrorCode.UNSUPPORTED_MESSAGE_CLASS,
              ErrorCode.UNSUPPORTED_MESSAGE_TYPE,
              ErrorCode.PARAMETER_FIELD_ERROR,
              ErrorCode.MISSING_PARAMETER);
      assertThat(((ErrorMessage) p.received.get(0)).diagnosticInformation())
          .isEqualTo(Octets.fromHex("0200030100000008"));
      assertThat(sgp.counter(Counter.DISCARDED_MALFORMED)).isEqualTo(5);
      p.send(new AspUp(null, null, List.of()));
      p.send(new AspActive(null, List.of(10L), null, List.of()));
      assertThat(p.received).hasAtLeastOneElementOfType(AspActiveAck.class);
      assertThat(p.events).containsExactly("up");
    }
  }

  @Nested
  class HeartbeatSection4_3_4_6 {
    @Test
    void beat_is_answered_with_beat_ack_echoing_the_data() {
      sgp(TrafficModeType.LOADSHARE).start();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new Heartbeat(Octets.fromHex("0102030405"), List.of()));
      assertThat(p.last()).isEqualTo(new HeartbeatAck(Octets.fromHex("0102030405"), List.of()));
    }

    @Test
    void missing_beat_ack_takes_the_association_down() {
      M3uaNode sgp =
          f.node(2)
              .server("sgp", org.ss7sim.transport.TransportKind.IN_JVM, serverAt(2905))
              .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
              .heartbeat(Duration.ofSeconds(10), Duration.ofSeconds(2))
              .build();
      sgp.start();
      Fixture.RawPeer p = f.new RawPeer(2905);
      f.clock.advance(Duration.ofSeconds(10));
      assertThat(p.last()).isInstanceOf(Heartbeat.class);
      f.clock.advance(Duration.ofMillis(1999));
      assertThat(p.events).containsExactly("up");
      f.clock.advance(Duration.ofMillis(1));
      assertThat(p.events).containsExactly("up", "down");
      assertThat(sgp.counter(Counter.HEARTBEAT_TIMEOUTS)).isEqualTo(1);
    }
  }

  @Nested
  class SsnmSection4_5 {
    @Test
    void daud_is_answered_with_dava_for_reachable_and_duna_for_unreachable_destinations() {
      M3uaNode sgp = sgp(TrafficModeType.LOADSHARE);
      sgp.start();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(new AspActive(null, List.of(10L), null, List.of()));
      p.received.clear();
      p.send(
          new DestinationStateAudit(
              null, List.of(10L), List.of(AffectedPointCode.of(1)), null, List.of()));
      p.send(
          new DestinationStateAudit(
              null, List.of(10L), List.of(AffectedPointCode.of(77)), null, List.of()));
      assertThat(p.received.get(0)).isInstanceOf(DestinationAvailable.class);
      assertThat(p.received.get(1)).isInstanceOf(DestinationUnavailable.class);
    }

    @Test
    void daud_for_a_range_is_answered_for_each_tracked_destination_in_it() {
      M3uaNode sgp =
          f.node(2)
              .server("sgp", org.ss7sim.transport.TransportKind.IN_JVM, serverAt(2905))
              .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
              .applicationServer(new AsConfig("far", 30, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(1), "as1")
              .route(PointCode.itu(3), "far")
              .build();
      sgp.start();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(new AspActive(null, List.of(10L), null, List.of()));
      p.received.clear();
      p.send(
          new DestinationStateAudit(
              null, List.of(10L), List.of(new AffectedPointCode(8, 0)), null, List.of()));
      assertThat(p.received)
          .containsExactlyInAnyOrder(
              new DestinationAvailable(
                  null, List.of(10L), List.of(AffectedPointCode.of(1)), null, List.of()),
              new DestinationUnavailable(
                  null, List.of(10L), List.of(AffectedPointCode.of(3)), null, List.of()));
    }

    @Test
    void sgp_tells_asps_with_duna_and_dava_when_a_destination_behind_it_fails_and_returns() {
      // STP (PC 2) serves AS "as1" (PC 1, one ASP) and AS "far" (PC 3, one ASP).
      M3uaNode stp =
          f.node(2)
              .server("sgp", org.ss7sim.transport.TransportKind.IN_JVM, serverAt(2905))
              .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
              .applicationServer(new AsConfig("far", 30, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(1), "as1")
              .route(PointCode.itu(3), "far")
              .recoveryTimer(Duration.ofMillis(500))
              .build();
      M3uaNode a =
          f.node(1)
              .link(asp("l", 2905, 10, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(3), "l")
              .route(PointCode.itu(2), "l")
              .build();
      M3uaNode far =
          f.node(3)
              .link(asp("l", 2905, 30, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(1), "l")
              .build();
      Fixture.User user = new Fixture.User();
      a.register(ServiceIndicator.SCCP, user);
      stp.start();
      a.start();
      far.start();
      f.settle();
      assertThat(a.accessible(PointCode.itu(3))).isTrue();
      far.stop();
      f.clock.advance(Duration.ofMillis(500));
      assertThat(a.accessible(PointCode.itu(3))).isFalse();
      assertThat(user.events).containsSubsequence("resume 3", "pause 3");
      far.start();
      f.clock.advance(Duration.ofMillis(10));
      assertThat(a.accessible(PointCode.itu(3))).isTrue();
      assertThat(user.events).endsWith("resume 3");
    }

    @Test
    void duna_and_dava_with_a_mask_cover_a_range_of_point_codes_at_the_asp() {
      org.ss7sim.transport.Association[] peer = new org.ss7sim.transport.Association[1];
      f.transport.listen(
          serverAt(2905),
          new org.ss7sim.transport.AssociationListener() {
            @Override
            public void onUp(org.ss7sim.transport.Association a) {
              peer[0] = a;
            }

            @Override
            public void onDown(org.ss7sim.transport.Association a, String cause) {}

            @Override
            public void onMessage(
                org.ss7sim.transport.Association a, int stream, long ppid, Octets payload) {
              try {
                M3uaMessage m = org.ss7sim.m3ua.message.M3uaCodec.decode(payload);
                M3uaMessage answer =
                    switch (m.type()) {
                      case ASPUP -> new AspUpAck(null, null, List.of());
                      case ASPAC -> new AspActiveAck(null, List.of(10L), null, List.of());
                      default -> null;
                    };
                if (answer != null) {
                  a.send(0, 3, org.ss7sim.m3ua.message.M3uaCodec.encode(answer));
                }
              } catch (org.ss7sim.wire.MalformedMessageException e) {
                throw new AssertionError(e);
              }
            }
          });
      M3uaNode asp =
          f.node(1)
              .link(asp("l", 2905, 10, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(0), 8, "l", 0)
              .build();
      asp.start();
      f.settle();
      assertThat(asp.accessible(PointCode.itu(9))).isTrue();
      peer[0].send(
          0,
          3,
          org.ss7sim.m3ua.message.M3uaCodec.encode(
              new DestinationUnavailable(
                  null, List.of(10L), List.of(new AffectedPointCode(3, 8)), null, List.of())));
      assertThat(asp.accessible(PointCode.itu(9))).isFalse();
      assertThat(asp.accessible(PointCode.itu(15))).isFalse();
      assertThat(asp.accessible(PointCode.itu(16))).isTrue();
      peer[0].send(
          0,
          3,
          org.ss7sim.m3ua.message.M3uaCodec.encode(
              new DestinationAvailable(
                  null, List.of(10L), List.of(new AffectedPointCode(3, 8)), null, List.of())));
      assertThat(asp.accessible(PointCode.itu(9))).isTrue();
    }

    @Test
    void an_asp_becoming_active_hears_duna_for_destinations_already_down() {
      M3uaNode stp =
          f.node(2)
              .server("sgp", org.ss7sim.transport.TransportKind.IN_JVM, serverAt(2905))
              .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
              .applicationServer(new AsConfig("far", 30, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(1), "as1")
              .route(PointCode.itu(3), "far")
              .build();
      stp.start();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(new AspActive(null, List.of(10L), null, List.of()));
      assertThat(p.received)
          .filteredOn(m -> m instanceof DestinationUnavailable)
          .extracting(m -> ((DestinationUnavailable) m).affectedPointCodes())
          .containsExactly(List.of(AffectedPointCode.of(3)));
    }

    @Test
    void the_duna_greeting_an_asp_lists_many_destinations_per_message() {
      M3uaNodeBuilder b =
          f.node(2)
              .server("sgp", org.ss7sim.transport.TransportKind.IN_JVM, serverAt(2905))
              .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
              .applicationServer(new AsConfig("far", 30, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(1), "as1");
      int far = Ssnm.GREET_BATCH + 5;
      for (int pc = 100; pc < 100 + far; pc++) {
        b.route(PointCode.itu(pc), "far");
      }
      M3uaNode stp = b.build();
      stp.start();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(new AspActive(null, List.of(10L), null, List.of()));
      List<List<AffectedPointCode>> dunas =
          p.received.stream()
              .filter(m -> m instanceof DestinationUnavailable)
              .map(m -> ((DestinationUnavailable) m).affectedPointCodes())
              .toList();
      assertThat(dunas).hasSize(2);
      assertThat(dunas.get(0)).hasSize(Ssnm.GREET_BATCH);
      assertThat(dunas.stream().flatMap(List::stream))
          .containsExactlyElementsOf(
              java.util.stream.IntStream.range(100, 100 + far)
                  .mapToObj(AffectedPointCode::of)
                  .toList());
    }
  }

  @Nested
  class CongestionAndNetworkAppearance {
    @Test
    void scon_from_the_sgp_reaches_the_asp_users_as_mtp_status_congested() {
      M3uaNode sgp = sgp(TrafficModeType.OVERRIDE);
      M3uaNode asp = aspNode("l1", TrafficModeType.OVERRIDE);
      Fixture.User user = new Fixture.User();
      asp.register(ServiceIndicator.SCCP, user);
      sgp.start();
      asp.start();
      f.settle();
      sgp.signalCongestion(PointCode.itu(77), 2);
      assertThat(user.events).endsWith("status 77 SIGNALLING_NETWORK_CONGESTED");
    }

    @Test
    void data_with_another_network_appearance_is_answered_invalid_network_appearance() {
      M3uaNode sgp =
          f.node(2)
              .server("sgp", org.ss7sim.transport.TransportKind.IN_JVM, serverAt(2905))
              .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
              .networkAppearance(8L)
              .build();
      sgp.start();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(new AspActive(null, List.of(10L), null, List.of()));
      p.send(
          new Data(
              9L,
              List.of(10L),
              new ProtocolData(1, 2, 3, 2, 0, 0, Octets.fromHex("00")),
              null,
              List.of()));
      assertThat(((ErrorMessage) p.last()).errorCode())
          .isEqualTo(ErrorCode.INVALID_NETWORK_APPEARANCE);
    }
  }

  @Nested
  class RoutingKeyManagementSection4_4 {
    @Test
    void asp_without_routing_context_registers_its_point_code_and_becomes_active() {
      M3uaNode sgp =
          f.node(2)
              .server("sgp", org.ss7sim.transport.TransportKind.IN_JVM, serverAt(2905))
              .build();
      M3uaNode asp =
          f.node(1)
              .link(
                  new AspLinkConfig(
                      "l",
                      org.ss7sim.transport.TransportKind.IN_JVM,
                      Fixture.clientTo("l", 2905),
                      List.of(),
                      TrafficModeType.LOADSHARE,
                      7L,
                      true))
              .route(PointCode.itu(2), "l")
              .build();
      Fixture.User user = new Fixture.User();
      asp.register(ServiceIndicator.SCCP, user);
      sgp.start();
      asp.start();
      f.settle();
      assertThat(asp.routingContexts("l")).containsExactly(1000L);
      assertThat(asp.linkState("l")).isEqualTo(AspState.ASP_ACTIVE);
      sgp.transfer(Fixture.message(2, 1, 0, "77"));
      assertThat(user.received).hasSize(1);
    }

    @Test
    void dereg_req_is_refused_while_active_and_accepted_after_asp_inactive() {
      M3uaNode sgp =
          f.node(2)
              .server("sgp", org.ss7sim.transport.TransportKind.IN_JVM, serverAt(2905))
              .build();
      sgp.start();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(
          new org.ss7sim.m3ua.message.RegistrationRequest(
              List.of(
                  org.ss7sim.m3ua.message.RoutingKey.forDestination(
                      5, null, TrafficModeType.LOADSHARE, 1)),
              List.of()));
      var reg = (org.ss7sim.m3ua.message.RegistrationResponse) p.last();
      assertThat(reg.results())
          .containsExactly(new org.ss7sim.m3ua.message.RegistrationResult(5, 0, 1000));
      p.send(new AspActive(null, List.of(1000L), null, List.of()));
      p.send(new org.ss7sim.m3ua.message.DeregistrationRequest(List.of(1000L, 4242L), List.of()));
      assertThat(((org.ss7sim.m3ua.message.DeregistrationResponse) p.last()).results())
          .containsExactly(
              new org.ss7sim.m3ua.message.DeregistrationResult(
                  1000, org.ss7sim.m3ua.message.DeregistrationResult.ASP_CURRENTLY_ACTIVE),
              new org.ss7sim.m3ua.message.DeregistrationResult(
                  4242, org.ss7sim.m3ua.message.DeregistrationResult.INVALID_ROUTING_CONTEXT));
      p.send(new org.ss7sim.m3ua.message.AspInactive(List.of(1000L), null, List.of()));
      f.clock.advance(Duration.ofSeconds(2));
      p.send(new org.ss7sim.m3ua.message.DeregistrationRequest(List.of(1000L), List.of()));
      assertThat(((org.ss7sim.m3ua.message.DeregistrationResponse) p.last()).results())
          .containsExactly(new org.ss7sim.m3ua.message.DeregistrationResult(1000, 0));
      assertThat(sgp.remotes())
          .singleElement()
          .satisfies(r -> assertThat(r.vias()).as("the deregistered AS is forgotten").isEmpty());
      p.send(new AspActive(null, List.of(1000L), null, List.of()));
      assertThat(((ErrorMessage) p.last()).errorCode())
          .isEqualTo(ErrorCode.INVALID_ROUTING_CONTEXT);
    }
  }

  @Nested
  class StpFunction {
    @Test
    void data_between_two_asps_is_forwarded_by_point_code() {
      M3uaNode stp =
          f.node(100)
              .server("sgp", org.ss7sim.transport.TransportKind.IN_JVM, serverAt(2905))
              .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
              .applicationServer(new AsConfig("as2", 20, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(1), "as1")
              .route(PointCode.itu(2), "as2")
              .build();
      M3uaNode one =
          f.node(1)
              .link(asp("l", 2905, 10, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(2), "l")
              .build();
      M3uaNode two =
          f.node(2)
              .link(asp("l", 2905, 20, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(1), "l")
              .build();
      Fixture.User u1 = new Fixture.User();
      Fixture.User u2 = new Fixture.User();
      one.register(ServiceIndicator.SCCP, u1);
      two.register(ServiceIndicator.SCCP, u2);
      stp.start();
      one.start();
      two.start();
      f.settle();
      one.transfer(message(1, 2, 1, "0a"));
      two.transfer(message(2, 1, 2, "0b"));
      assertThat(u2.received).containsExactly(message(1, 2, 1, "0a"));
      assertThat(u1.received).containsExactly(message(2, 1, 2, "0b"));
      assertThat(stp.counter(Counter.FORWARDED)).isEqualTo(2);
    }

    @Test
    void management_goes_on_stream_0_and_data_on_a_stream_chosen_by_sls() {
      M3uaNode sgp = sgp(TrafficModeType.LOADSHARE);
      sgp.start();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(new AspActive(null, List.of(10L), null, List.of()));
      assertThat(p.streams).containsOnly(0);
      p.received.clear();
      p.streams.clear();
      sgp.transfer(message(2, 1, 5, "01"));
      sgp.transfer(message(2, 1, 14, "02"));
      sgp.transfer(message(2, 1, 5, "03"));
      // 16 outbound streams: stream 0 for management, DATA on 1 + SLS mod 15.
      assertThat(p.streams).containsExactly(6, 15, 6);
    }

    @Test
    void data_for_an_unknown_destination_is_discarded_and_answered_with_duna() {
      M3uaNode stp = sgp(TrafficModeType.LOADSHARE);
      stp.start();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(new AspActive(null, List.of(10L), null, List.of()));
      p.send(
          new Data(
              null,
              List.of(10L),
              new ProtocolData(1, 55, 3, 2, 0, 0, Octets.fromHex("00")),
              null,
              List.of()));
      assertThat(p.last()).isInstanceOf(DestinationUnavailable.class);
      assertThat(stp.counter(Counter.DISCARDED_NO_ROUTE)).isEqualTo(1);
    }

    @Test
    void data_for_a_user_part_nobody_registered_is_answered_with_dupu() {
      M3uaNode stp = sgp(TrafficModeType.LOADSHARE);
      stp.start();
      Fixture.RawPeer p = f.new RawPeer(2905);
      p.send(new AspUp(null, null, List.of()));
      p.send(new AspActive(null, List.of(10L), null, List.of()));
      p.send(
          new Data(
              null,
              List.of(10L),
              new ProtocolData(1, 2, 5, 2, 0, 0, Octets.fromHex("00")),
              null,
              List.of()));
      assertThat(p.last().type()).isEqualTo(M3uaMessageType.DUPU);
    }
  }

  @Nested
  class IpspDoubleExchangeSection4_3_4 {
    @Test
    void both_ipsps_send_asp_up_and_asp_active_and_acknowledge_each_other() {
      List<String> seenByServer = new java.util.ArrayList<>();
      List<String> seenByClient = new java.util.ArrayList<>();
      M3uaNode server =
          f.node(2)
              .ipspServer("ipsp", org.ss7sim.transport.TransportKind.IN_JVM, serverAt(2905))
              .applicationServer(new AsConfig("peer", 10, TrafficModeType.OVERRIDE))
              .route(PointCode.itu(1), "peer")
              .tracer((link, out, stream, msg) -> seenByServer.add((out ? ">" : "<") + typeOf(msg)))
              .build();
      M3uaNode client =
          f.node(1)
              .link(asp("l", 2905, 10, TrafficModeType.OVERRIDE).withDoubleExchange())
              .route(PointCode.itu(2), "l")
              .tracer((link, out, stream, msg) -> seenByClient.add((out ? ">" : "<") + typeOf(msg)))
              .build();
      Fixture.User serverUser = new Fixture.User();
      Fixture.User clientUser = new Fixture.User();
      server.register(ServiceIndicator.SCCP, serverUser);
      client.register(ServiceIndicator.SCCP, clientUser);
      server.start();
      client.start();
      f.settle();
      assertThat(seenByServer)
          .containsSubsequence("<ASPUP", ">ASPUP_ACK", ">ASPUP", "<ASPUP_ACK")
          .containsSubsequence("<ASPAC", ">ASPAC_ACK", ">ASPAC", "<ASPAC_ACK")
          .doesNotContain(">ERR", "<ERR");
      assertThat(seenByClient).contains(">ASPUP_ACK", ">ASPAC_ACK");
      client.transfer(message(1, 2, 0, "01"));
      server.transfer(message(2, 1, 0, "02"));
      assertThat(serverUser.received).hasSize(1);
      assertThat(clientUser.received).hasSize(1);
    }

    private String typeOf(Octets m) {
      try {
        return org.ss7sim.m3ua.message.M3uaCodec.decode(m).type().name();
      } catch (org.ss7sim.wire.MalformedMessageException e) {
        return "malformed";
      }
    }
  }
}
