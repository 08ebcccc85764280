package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.m3ua.node.Fixture.asp;
import static org.ss7sim.m3ua.node.Fixture.serverAt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.message.AffectedPointCode;
import org.ss7sim.m3ua.message.AspActive;
import org.ss7sim.m3ua.message.AspActiveAck;
import org.ss7sim.m3ua.message.AspUp;
import org.ss7sim.m3ua.message.AspUpAck;
import org.ss7sim.m3ua.message.DestinationUnavailable;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.M3uaMessageType;
import org.ss7sim.m3ua.message.Notify;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.wire.Octets;

/**
 * A peer slow to answer (RFC 4666 §4.3.4.1, §4.3.4.3), the start of a large network on a loaded
 * machine: 500 nodes over TCP at load 20–30 left one link ASP-INACTIVE after the start timeout.
 * Traced there (every ASPSM/ASPTM message logged): nothing was lost; the SGP had acknowledged the
 * ASP's ASP Active, and the ASP's event loop, seconds behind, had not yet read the ack when the
 * start gave up. The loops were behind partly because of the copies: the ASP re-sent ASP Up and ASP
 * Active every 300 ms while the answers took seconds (4,082 ASP Actives for 998 links), and every
 * copy was treated as new: at the SGP each ASP Active re-sent the destination states (DUNA lists of
 * hundreds of point codes), at the ASP each ack re-audited every destination (a DAUD answered with
 * more DAVA/DUNA lists) and recomputed the routes. These tests replay that exchange on a virtual
 * clock.
 */
class SlowPeerTest {
  private final Fixture f = new Fixture();

  /** A hand-driven SGP: records every message with the time it came, answers when told. */
  private final class SlowSgp implements AssociationListener {
    final List<M3uaMessage> received = new ArrayList<>();
    final List<Long> at = new ArrayList<>();
    Association association;

    SlowSgp(int port) {
      f.transport.listen(serverAt(port), this);
    }

    void send(M3uaMessage m) {
      association.send(0, 3, M3uaCodec.encode(m));
    }

    long count(M3uaMessageType type) {
      return received.stream().filter(m -> m.type() == type).count();
    }

    /** Milliseconds (virtual) at which each message of {@code type} came. */
    List<Long> times(M3uaMessageType type) {
      List<Long> out = new ArrayList<>();
      for (int i = 0; i < received.size(); i++) {
        if (received.get(i).type() == type) {
          out.add(at.get(i));
        }
      }
      return out;
    }

    @Override
    public void onUp(Association a) {
      association = a;
    }

    @Override
    public void onDown(Association a, String cause) {}

    @Override
    public void onMessage(Association a, int streamId, long ppid, Octets payload) {
      try {
        received.add(M3uaCodec.decode(payload));
        at.add(f.clock.currentTimeMillis() - start);
      } catch (Exception e) {
        throw new AssertionError("node sent undecodable bytes " + payload, e);
      }
    }
  }

  private final long start = f.clock.currentTimeMillis();

  private M3uaNode aspNode() {
    M3uaNode node =
        f.node(1)
            .ackTimeout(Duration.ofMillis(300))
            .link(asp("link", 2905, 10, TrafficModeType.LOADSHARE))
            .route(PointCode.itu(7), "link")
            .build();
    node.start();
    return node;
  }

  private void advance(long millis) {
    for (long i = 0; i < millis; i += 10) {
      f.clock.advance(Duration.ofMillis(10));
    }
  }

  @Test
  void an_unanswered_asp_up_is_repeated_after_doubling_waits_up_to_two_seconds() {
    SlowSgp sgp = new SlowSgp(2905);
    aspNode();
    advance(8_000);
    // 0, +300, +600, +1200, +2000, +2000, ... (was: every 300 ms, 27 copies in 8 s)
    assertThat(sgp.times(M3uaMessageType.ASPUP))
        .containsExactly(0L, 300L, 900L, 2100L, 4100L, 6100L);
  }

  @Test
  void acks_of_copies_change_nothing_at_the_asp_one_asp_active_one_audit() {
    SlowSgp sgp = new SlowSgp(2905);
    M3uaNode node = aspNode();
    advance(1_000); // three copies of ASP Up on their way
    assertThat(sgp.count(M3uaMessageType.ASPUP)).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      sgp.send(new AspUpAck(null, null, List.of()));
    }
    f.settle();
    assertThat(sgp.count(M3uaMessageType.ASPAC)).as("one ASP Active for three acks").isEqualTo(1);
    advance(400); // a copy of ASP Active
    assertThat(sgp.count(M3uaMessageType.ASPAC)).isEqualTo(2);
    sgp.send(new AspActiveAck(TrafficModeType.LOADSHARE, List.of(10L), null, List.of()));
    sgp.send(new AspActiveAck(TrafficModeType.LOADSHARE, List.of(10L), null, List.of()));
    f.settle();
    assertThat(node.linkState("link")).isEqualTo(AspState.ASP_ACTIVE);
    assertThat(sgp.count(M3uaMessageType.DAUD)).as("audited once, not per ack").isEqualTo(1);
    advance(10_000);
    assertThat(sgp.count(M3uaMessageType.ASPAC)).as("no copy after the ack").isEqualTo(2);
    assertThat(sgp.count(M3uaMessageType.ASPUP)).isEqualTo(3);
  }

  @Test
  void copies_of_asp_active_are_each_acknowledged_and_told_the_destination_states_once() {
    M3uaNode sgp =
        f.node(2)
            .server("sgp", TransportKind.IN_JVM, serverAt(2905))
            .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
            .applicationServer(new AsConfig("as2", 11, TrafficModeType.LOADSHARE))
            .route(PointCode.itu(1), "as1")
            .route(PointCode.itu(9), "as2") // no ASP: inaccessible, told in a DUNA
            .build();
    sgp.start();
    Fixture.RawPeer p = f.new RawPeer(2905);
    p.send(new AspUp(null, null, List.of()));
    for (int i = 0; i < 3; i++) {
      p.send(new AspActive(TrafficModeType.LOADSHARE, List.of(10L), null, List.of()));
    }
    f.settle();
    List<M3uaMessageType> types = p.received.stream().map(M3uaMessage::type).toList();
    assertThat(types.stream().filter(t -> t == M3uaMessageType.ASPAC_ACK)).hasSize(3);
    assertThat(p.received.stream().filter(m -> m instanceof Notify)).hasSize(1);
    List<DestinationUnavailable> dunas =
        p.received.stream()
            .filter(m -> m instanceof DestinationUnavailable)
            .map(m -> (DestinationUnavailable) m)
            .toList();
    assertThat(dunas).as("destination states told once, not per copy").hasSize(1);
    assertThat(dunas.get(0).affectedPointCodes()).containsExactly(AffectedPointCode.of(9));
    assertThat(types).doesNotContain(M3uaMessageType.ERR);
    assertThat(sgp.asState("as1")).isEqualTo(org.ss7sim.m3ua.asp.AsState.AS_ACTIVE);
  }
}
