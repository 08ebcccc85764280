package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.m3ua.node.Fixture.asp;
import static org.ss7sim.m3ua.node.Fixture.message;
import static org.ss7sim.m3ua.node.Fixture.serverAt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.m3ua.message.AffectedPointCode;
import org.ss7sim.m3ua.message.AspActive;
import org.ss7sim.m3ua.message.AspActiveAck;
import org.ss7sim.m3ua.message.AspUpAck;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.DestinationAvailable;
import org.ss7sim.m3ua.message.DestinationRestricted;
import org.ss7sim.m3ua.message.DestinationStateAudit;
import org.ss7sim.m3ua.message.DestinationUnavailable;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.M3uaMessageType;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/** SSNM as the ASP side acts on it (RFC 4666 §3.4, §4.5), against scripted SGPs on in-JVM links. */
class SsnmAtAspTest {
  private final Fixture f = new Fixture();

  /** An SGP that acknowledges ASP Up / ASP Active and records what it receives. */
  private final class ScriptedSgp implements AssociationListener {
    final List<M3uaMessage> received = new ArrayList<>();
    Association peer;

    ScriptedSgp(int port) {
      f.transport.listen(serverAt(port), this);
    }

    void send(M3uaMessage m) {
      peer.send(0, 3, M3uaCodec.encode(m));
    }

    long dataCount() {
      return received.stream().filter(m -> m instanceof Data).count();
    }

    @Override
    public void onUp(Association a) {
      peer = a;
    }

    @Override
    public void onDown(Association a, String cause) {}

    @Override
    public void onMessage(Association a, int stream, long ppid, Octets payload) {
      M3uaMessage m;
      try {
        m = M3uaCodec.decode(payload);
      } catch (MalformedMessageException e) {
        throw new AssertionError("ASP sent undecodable bytes " + payload, e);
      }
      received.add(m);
      switch (m.type()) {
        case ASPUP -> send(new AspUpAck(null, null, List.of()));
        case ASPAC ->
            send(new AspActiveAck(null, ((AspActive) m).routingContexts(), null, List.of()));
        default -> {}
      }
    }
  }

  private static DestinationRestricted drst(int pc) {
    return new DestinationRestricted(
        null, List.of(10L), List.of(AffectedPointCode.of(pc)), null, List.of());
  }

  private static DestinationAvailable dava(int pc) {
    return new DestinationAvailable(
        null, List.of(10L), List.of(AffectedPointCode.of(pc)), null, List.of());
  }

  @Nested
  class DestinationRestrictedSection3_4_6 {
    @Test
    void drst_moves_traffic_to_an_unrestricted_alternate_route_and_dava_brings_it_back() {
      ScriptedSgp primary = new ScriptedSgp(2905);
      ScriptedSgp alternate = new ScriptedSgp(2906);
      M3uaNode node =
          f.node(1)
              .link(asp("a", 2905, 10, TrafficModeType.LOADSHARE))
              .link(asp("b", 2906, 20, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(3), 0, "a", 0)
              .route(PointCode.itu(3), 0, "b", 1)
              .build();
      node.start();
      f.settle();

      node.transfer(message(1, 3, 0, "01"));
      assertThat(primary.dataCount()).isEqualTo(1);
      assertThat(alternate.dataCount()).isZero();

      primary.send(drst(3));
      node.transfer(message(1, 3, 0, "02"));
      assertThat(primary.dataCount()).isEqualTo(1);
      assertThat(alternate.dataCount()).isEqualTo(1);
      assertThat(node.accessible(PointCode.itu(3))).isTrue();

      // controlled rerouting back (Q.704 §8.2): "02" went the other way less than T6 (T3) ago,
      // so "03" waits in the changeback buffer rather than overtake it, then takes the primary
      primary.send(dava(3));
      node.transfer(message(1, 3, 0, "03"));
      assertThat(primary.dataCount()).isEqualTo(1);
      f.clock.advance(Duration.ofSeconds(1));
      assertThat(primary.dataCount()).isEqualTo(2);
      assertThat(alternate.dataCount()).isEqualTo(1);
      node.transfer(message(1, 3, 0, "04"));
      assertThat(primary.dataCount()).isEqualTo(3);
    }

    @Test
    void a_restricted_route_still_carries_traffic_when_it_is_the_only_one() {
      ScriptedSgp only = new ScriptedSgp(2905);
      M3uaNode node =
          f.node(1)
              .link(asp("a", 2905, 10, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(3), "a")
              .build();
      node.start();
      f.settle();

      only.send(drst(3));
      node.transfer(message(1, 3, 0, "01"));

      assertThat(only.dataCount()).isEqualTo(1);
      assertThat(node.counter(Counter.DISCARDED_NO_ROUTE)).isZero();
    }
  }

  @Nested
  class DestinationStateAuditSection3_4_3 {
    @Test
    void an_asp_becoming_active_audits_the_point_codes_routed_over_its_association() {
      ScriptedSgp sgp = new ScriptedSgp(2905);
      M3uaNode node =
          f.node(1)
              .link(asp("a", 2905, 10, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(3), "a")
              .route(PointCode.itu(0), 8, "a", 1)
              .build();
      node.start();
      f.settle();

      assertThat(sgp.received)
          .filteredOn(m -> m instanceof DestinationStateAudit)
          .containsExactly(
              new DestinationStateAudit(
                  null, List.of(10L), List.of(AffectedPointCode.of(3)), null, List.of()));
      List<M3uaMessageType> types = sgp.received.stream().map(M3uaMessage::type).toList();
      assertThat(types.indexOf(M3uaMessageType.ASPAC))
          .isLessThan(types.indexOf(M3uaMessageType.DAUD));
    }

    @Test
    void the_audit_answered_by_a_real_sgp_leaves_a_default_route_usable() {
      M3uaNode sgp =
          f.node(2)
              .server("sgp", org.ss7sim.transport.TransportKind.IN_JVM, serverAt(2905))
              .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(1), "as1")
              .build();
      Fixture.User atSgp = new Fixture.User();
      sgp.register(org.ss7sim.mtp.ServiceIndicator.SCCP, atSgp);
      sgp.start();
      M3uaNode node =
          f.node(1)
              .link(asp("a", 2905, 10, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(2), "a")
              .route(PointCode.itu(0), 14, "a", 1)
              .build();
      node.start();
      f.settle();

      node.transfer(message(1, 2, 0, "01"));

      assertThat(atSgp.received).hasSize(1);
      assertThat(node.accessible(PointCode.itu(2))).isTrue();
    }

    @Test
    void an_asp_with_no_route_over_its_association_sends_no_audit() {
      ScriptedSgp sgp = new ScriptedSgp(2905);
      M3uaNode node = f.node(1).link(asp("a", 2905, 10, TrafficModeType.LOADSHARE)).build();
      node.start();
      f.settle();

      assertThat(sgp.received).extracting(M3uaMessage::type).doesNotContain(M3uaMessageType.DAUD);
      assertThat(node.linkState("a")).isEqualTo(org.ss7sim.m3ua.asp.AspState.ASP_ACTIVE);
    }
  }

  /**
   * A link event re-evaluates the destinations routed over that link only, and DUNA/DAVA for one
   * point code that destination only: a node with hundreds of destinations does work proportional
   * to the affected ones per event, not to all of them (issue 20).
   */
  @Nested
  class WorkProportionalToAffectedDestinations {
    private static final int ON_A = 300;

    @Test
    void link_events_and_ssnm_re_evaluate_only_the_destinations_they_affect() {
      ScriptedSgp a = new ScriptedSgp(2905);
      ScriptedSgp b = new ScriptedSgp(2906);
      M3uaNodeBuilder builder =
          f.node(1)
              .link(asp("a", 2905, 10, TrafficModeType.LOADSHARE))
              .link(asp("b", 2906, 20, TrafficModeType.LOADSHARE))
              .route(PointCode.itu(5000), "b")
              .route(PointCode.itu(5001), "b");
      for (int pc = 100; pc < 100 + ON_A; pc++) {
        builder.route(PointCode.itu(pc), "a");
      }
      M3uaNode node = builder.build();
      Fixture.User user = new Fixture.User();
      node.register(org.ss7sim.mtp.ServiceIndicator.SCCP, user);
      node.start();
      f.settle();
      assertThat(node.accessible(PointCode.itu(150))).isTrue();
      assertThat(node.accessible(PointCode.itu(5000))).isTrue();
      user.events.clear();

      long before = node.destinationsEvaluated();
      node.abort("b");
      assertThat(node.destinationsEvaluated() - before).isEqualTo(2);
      assertThat(user.events).containsExactly("pause 5000", "pause 5001");
      assertThat(node.accessible(PointCode.itu(150))).isTrue();

      user.events.clear();
      before = node.destinationsEvaluated();
      a.send(duna(150));
      assertThat(node.destinationsEvaluated() - before).isEqualTo(1);
      assertThat(user.events).containsExactly("pause 150");
      assertThat(node.accessible(PointCode.itu(150))).isFalse();
      assertThat(node.accessible(PointCode.itu(151))).isTrue();

      before = node.destinationsEvaluated();
      a.send(dava(150));
      assertThat(node.destinationsEvaluated() - before).isEqualTo(1);
      assertThat(user.events).containsExactly("pause 150", "resume 150");

      // a range re-evaluates every destination over the link: the bound is the link's share
      user.events.clear();
      before = node.destinationsEvaluated();
      a.send(
          new DestinationUnavailable(
              null, List.of(10L), List.of(new AffectedPointCode(3, 104)), null, List.of()));
      assertThat(node.destinationsEvaluated() - before).isEqualTo(ON_A);
      assertThat(user.events)
          .containsExactly(
              "pause 104",
              "pause 105",
              "pause 106",
              "pause 107",
              "pause 108",
              "pause 109",
              "pause 110",
              "pause 111");
      assertThat(b.received).isNotEmpty();
    }

    private DestinationUnavailable duna(int pc) {
      return new DestinationUnavailable(
          null, List.of(10L), List.of(AffectedPointCode.of(pc)), null, List.of());
    }
  }
}
