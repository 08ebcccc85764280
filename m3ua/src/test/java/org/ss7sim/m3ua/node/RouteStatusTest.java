package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.m3ua.node.Fixture.asp;
import static org.ss7sim.m3ua.node.Fixture.serverAt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.message.AffectedPointCode;
import org.ss7sim.m3ua.message.AspActive;
import org.ss7sim.m3ua.message.AspActiveAck;
import org.ss7sim.m3ua.message.AspUpAck;
import org.ss7sim.m3ua.message.DestinationRestricted;
import org.ss7sim.m3ua.message.DestinationUnavailable;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/** The read-only route inspection of {@link M3uaNode} (RFC 4666 §4.5 as the ASP sees it). */
class RouteStatusTest {
  private final Fixture f = new Fixture();

  /** An SGP that acknowledges ASP Up / ASP Active. */
  private final class Sgp implements AssociationListener {
    Association peer;

    Sgp(int port) {
      f.transport.listen(serverAt(port), this);
    }

    void send(M3uaMessage m) {
      peer.send(0, 3, M3uaCodec.encode(m));
    }

    @Override
    public void onUp(Association a) {
      peer = a;
    }

    @Override
    public void onDown(Association a, String cause) {}

    @Override
    public void onMessage(Association a, int stream, long ppid, Octets payload) {
      try {
        M3uaMessage m = M3uaCodec.decode(payload);
        switch (m.type()) {
          case ASPUP -> send(new AspUpAck(null, null, List.of()));
          case ASPAC ->
              send(new AspActiveAck(null, ((AspActive) m).routingContexts(), null, List.of()));
          default -> {}
        }
      } catch (MalformedMessageException e) {
        throw new AssertionError(e);
      }
    }
  }

  private M3uaNode twoRoutesTo3() {
    M3uaNode node =
        f.node(1)
            .link(asp("a", 2905, 10, TrafficModeType.LOADSHARE))
            .link(asp("b", 2906, 20, TrafficModeType.LOADSHARE))
            .route(PointCode.itu(3), 0, "a", 0)
            .route(PointCode.itu(3), 0, "b", 1)
            .build();
    node.start();
    f.settle();
    return node;
  }

  @Test
  void routes_show_link_state_routing_context_and_the_primary_is_chosen() {
    new Sgp(2905);
    new Sgp(2906);
    M3uaNode node = twoRoutesTo3();

    List<RouteStatus> routes = node.routeStatus(PointCode.itu(3));

    assertThat(routes).extracting(RouteStatus::via).containsExactly("a", "b");
    assertThat(routes).extracting(RouteStatus::priority).containsExactly(0, 1);
    assertThat(routes.get(0).link()).isTrue();
    assertThat(routes.get(0).routingContexts()).containsExactly(10L);
    assertThat(routes.get(0).linkState()).isEqualTo(AspState.ASP_ACTIVE);
    assertThat(routes.get(0).as()).isNull();
    assertThat(routes).allMatch(r -> r.available() && !r.restricted());
    assertThat(node.chooseRoute(PointCode.itu(3), 0)).isEqualTo("a");
    assertThat(node.routeStatus(PointCode.itu(9))).isEmpty();
  }

  @Test
  void duna_makes_a_route_unavailable_and_drst_restricted_and_the_alternate_is_chosen() {
    Sgp a = new Sgp(2905);
    Sgp b = new Sgp(2906);
    M3uaNode node = twoRoutesTo3();

    a.send(
        new DestinationUnavailable(
            null, List.of(10L), List.of(AffectedPointCode.of(3)), null, List.of()));
    b.send(
        new DestinationRestricted(
            null, List.of(20L), List.of(AffectedPointCode.of(3)), null, List.of()));
    f.settle();

    List<RouteStatus> routes = node.routeStatus(PointCode.itu(3));
    assertThat(routes.get(0).available()).isFalse();
    assertThat(routes.get(0).linkState()).isEqualTo(AspState.ASP_ACTIVE);
    assertThat(routes.get(1).available()).isTrue();
    assertThat(routes.get(1).restricted()).isTrue();
    assertThat(node.chooseRoute(PointCode.itu(3), 0)).isEqualTo("b");
  }
}
