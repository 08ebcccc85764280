package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.transport.injvm.InJvmFaults;

/**
 * A mated STP pair (stp-a PC 1, stp-b PC 2, joined by an STP–STP link on which stp-b is ASP) with
 * two end nodes, hlr (PC 10) and ssp (PC 20), each an ASP of both STPs. Every in-JVM hop takes 1 ms
 * of virtual time, so a message that loops between the STPs shows up as thousands of DATA in a few
 * virtual seconds instead of hanging the test.
 */
class MatedStpTest {
  static final PointCode HLR = PointCode.itu(10);
  static final PointCode SSP = PointCode.itu(20);
  static final TrafficModeType LS = TrafficModeType.LOADSHARE;

  Fixture f;
  M3uaNode stpA;
  M3uaNode stpB;
  M3uaNode hlr;
  M3uaNode ssp;
  Fixture.User hlrUser;
  final Fixture.User sspUser = new Fixture.User();

  @BeforeEach
  void start() {
    f = new Fixture();
    f.transport.faults(new InJvmFaults(Duration.ofMillis(1), 0.0, 1L));
    stpA =
        f.node(1)
            .recoveryTimer(Duration.ofMillis(500))
            .server("sgp", TransportKind.IN_JVM, Fixture.serverAt(2905))
            .server("stp", TransportKind.IN_JVM, Fixture.serverAt(2907))
            .adjacentTransferPoint("stp")
            .applicationServer(new AsConfig("as-hlr", 10, LS).on("sgp"))
            .applicationServer(new AsConfig("as-ssp", 20, LS).on("sgp"))
            .applicationServer(new AsConfig("as-b", 100, LS).on("stp"))
            .route(HLR, 0, "as-hlr", 0)
            .route(HLR, 0, "as-b", 1)
            .route(SSP, 0, "as-ssp", 0)
            .route(SSP, 0, "as-b", 1)
            .route(PointCode.itu(2), "as-b")
            .build();
    stpB =
        f.node(2)
            .recoveryTimer(Duration.ofMillis(500))
            .server("sgp", TransportKind.IN_JVM, Fixture.serverAt(2906))
            .applicationServer(new AsConfig("as-hlr", 10, LS).on("sgp"))
            .applicationServer(new AsConfig("as-ssp", 20, LS).on("sgp"))
            .link(Fixture.asp("to-a", 2907, 100, LS))
            .adjacentTransferPoint("to-a")
            .route(HLR, 0, "as-hlr", 0)
            .route(HLR, 0, "to-a", 1)
            .route(SSP, 0, "as-ssp", 0)
            .route(SSP, 0, "to-a", 1)
            .route(PointCode.itu(1), "to-a")
            .build();
    hlr = hlr();
    ssp =
        f.node(20)
            .link(Fixture.asp("a", 2905, 20, LS))
            .link(Fixture.asp("b", 2906, 20, LS))
            .route(HLR, 0, "a", 0)
            .route(HLR, 0, "b", 0)
            .build();
    ssp.register(ServiceIndicator.SCCP, sspUser);
    stpA.start();
    stpB.start();
    hlr.start();
    ssp.start();
    f.clock.advance(Duration.ofMillis(100));
    assertThat(stpA.accessible(HLR) && stpA.accessible(SSP) && stpB.accessible(HLR)).isTrue();
    assertThat(ssp.accessible(HLR) && hlr.accessible(SSP)).isTrue();
  }

  /** The hlr: its traffic to ssp goes over stp-a, stp-b only as the alternative. */
  private M3uaNode hlr() {
    M3uaNode n =
        f.node(10)
            .link(Fixture.asp("a", 2905, 10, LS))
            .link(Fixture.asp("b", 2906, 10, LS))
            .route(SSP, 0, "a", 0)
            .route(SSP, 0, "b", 1)
            .build();
    hlrUser = new Fixture.User();
    n.register(ServiceIndicator.SCCP, hlrUser);
    return n;
  }

  private static MtpTransfer numbered(int opc, PointCode dpc, int n) {
    return Fixture.message(opc, dpc.value(), 0, String.format("%04x", n));
  }

  private static List<Integer> numbers(List<MtpTransfer> received) {
    List<Integer> out = new ArrayList<>();
    for (MtpTransfer t : received) {
      out.add(Integer.parseInt(t.userData().toString().replaceAll("[^0-9a-f]", ""), 16));
    }
    return out;
  }

  private long sum(Counter c, M3uaNode... nodes) {
    long n = 0;
    for (M3uaNode x : nodes) {
      n += x.counter(c);
    }
    return n;
  }

  @Nested
  class A_destination_lost_behind_both_stps {
    /**
     * The HLR stops: neither STP reaches it. Each tells the other (DUNA as transfer-prohibited,
     * Q.704 §13.2.2) and the ASPs (RFC 4666 §4.5.1); messages already on their way are discarded
     * and counted, none loops between the STPs.
     */
    @Test
    void messages_for_it_are_discarded_and_counted_not_passed_between_the_stps() {
      long dataBefore = sum(Counter.DATA_SENT, stpA, stpB);
      hlr.stop();
      for (int i = 0; i < 20; i++) {
        ssp.transfer(numbered(20, HLR, i));
        f.clock.advance(Duration.ofMillis(100));
      }
      f.clock.advance(Duration.ofSeconds(3));

      assertThat(sum(Counter.DATA_SENT, stpA, stpB) - dataBefore).isLessThan(40);
      assertThat(ssp.accessible(HLR)).isFalse();
      assertThat(sspUser.events).contains("pause 10");
      assertThat(stpA.accessible(HLR)).isFalse();
      assertThat(stpB.accessible(HLR)).isFalse();
      // every message ssp sent is accounted for: discarded at one node or another, by its reason
      long discarded =
          sum(Counter.DISCARDED_NO_ROUTE, stpA, stpB, ssp)
              + sum(Counter.DISCARDED_WOULD_RETURN, stpA, stpB)
              + sum(Counter.DISCARDED_PENDING, stpA, stpB);
      assertThat(discarded).isEqualTo(20);
    }

    @Test
    void traffic_reaches_it_again_once_it_is_back() {
      hlr.stop();
      ssp.transfer(numbered(20, HLR, 1));
      f.clock.advance(Duration.ofSeconds(2));
      assertThat(ssp.accessible(HLR)).isFalse();

      hlr = hlr();
      hlr.start();
      f.clock.advance(Duration.ofSeconds(1));
      assertThat(ssp.accessible(HLR)).isTrue();
      assertThat(sspUser.events).endsWith("resume 10");
      assertThat(stpA.chooseRoute(HLR, 0)).isEqualTo("as-hlr");
      assertThat(stpB.chooseRoute(HLR, 0)).isEqualTo("as-hlr");
      for (int i = 0; i < 10; i++) {
        ssp.transfer(numbered(20, HLR, i));
      }
      f.clock.advance(Duration.ofMillis(100));
      assertThat(numbers(hlrUser.received)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }
  }

  @Nested
  class Changeover {
    /**
     * ssp's link to stp-a goes down while hlr sends to ssp over stp-a: stp-a holds what it cannot
     * send for T(r) (RFC 4666 §4.3.4.3), then retrieves it and sends it over stp-b in order (Q.704
     * §5.3.1), and keeps diverting new traffic there. Nothing is lost.
     */
    @Test
    void messages_queued_for_the_failed_link_go_over_the_other_stp_in_order() {
      for (int i = 0; i < 5; i++) {
        hlr.transfer(numbered(10, SSP, i));
      }
      ssp.deactivate("a");
      for (int i = 5; i < 40; i++) {
        hlr.transfer(numbered(10, SSP, i));
        f.clock.advance(Duration.ofMillis(20));
      }
      f.clock.advance(Duration.ofSeconds(1));

      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        expected.add(i);
      }
      assertThat(numbers(sspUser.received)).isEqualTo(expected);
      assertThat(ssp.linkState("a")).isEqualTo(org.ss7sim.m3ua.asp.AspState.ASP_INACTIVE);
      assertThat(stpA.counter(Counter.BUFFERED)).isPositive();
      assertThat(stpA.counter(Counter.CHANGED_OVER)).isEqualTo(stpA.counter(Counter.BUFFERED));
      assertThat(stpA.counter(Counter.DIVERTED)).isGreaterThan(stpA.counter(Counter.CHANGED_OVER));
      assertThat(stpB.counter(Counter.FORWARDED)).isEqualTo(stpA.counter(Counter.DIVERTED));
      assertThat(stpB.dataReceivedOn("to-a")).isEqualTo(stpA.counter(Counter.DIVERTED));
      assertThat(sum(Counter.DISCARDED_PENDING, stpA, stpB)).isZero();
      assertThat(sum(Counter.DISCARDED_NO_ROUTE, stpA, stpB)).isZero();
    }

    @Test
    void traffic_returns_to_the_direct_route_when_the_link_comes_back() {
      ssp.deactivate("a");
      f.clock.advance(Duration.ofSeconds(1));
      hlr.transfer(numbered(10, SSP, 1));
      f.clock.advance(Duration.ofMillis(50));
      long diverted = stpA.counter(Counter.DIVERTED);
      assertThat(diverted).isEqualTo(1);

      ssp.activate("a");
      f.clock.advance(Duration.ofMillis(100));
      assertThat(stpA.chooseRoute(SSP, 0)).isEqualTo("as-ssp");
      hlr.transfer(numbered(10, SSP, 2));
      f.clock.advance(Duration.ofSeconds(1)); // past T3 of the changeback (see below)
      assertThat(stpA.counter(Counter.DIVERTED)).isEqualTo(diverted);
      assertThat(numbers(sspUser.received)).containsExactly(1, 2);
      // stp-b was told it may route ssp over stp-a again (DAVA, Q.704 §13.3.2)
      assertThat(stpB.routeStatus(SSP))
          .filteredOn(r -> r.via().equals("to-a"))
          .allMatch(RouteStatus::available);
    }
  }

  /**
   * Time-controlled changeback (Q.704 §6.4, §8.2): ssp's link to stp-a comes back while hlr keeps
   * sending to ssp through stp-a. Diverted messages take three hops (hlr, stp-a, stp-b, ssp),
   * direct ones two, 1 ms each: a message sent direct at once would overtake the ones still on the
   * longer way. stp-a stores the traffic for ssp until T3 (1 s) has run out since the last diverted
   * message and then sends it direct, buffer first.
   */
  @Nested
  class TimeControlledChangeback {
    static final Duration HALF_MS = Duration.ofNanos(500_000);

    private int next;

    /** ssp's link to stp-a is down long enough for stp-a to divert (T(r) expired). */
    @BeforeEach
    void divert() {
      ssp.deactivate("a");
      f.clock.advance(Duration.ofSeconds(1));
      send(20);
      f.clock.advance(Duration.ofMillis(5));
      assertThat(stpA.counter(Counter.DIVERTED)).isEqualTo(20);
    }

    private void send(int n) {
      for (int i = 0; i < n; i++) {
        hlr.transfer(numbered(10, SSP, next++));
        f.clock.advance(HALF_MS);
      }
    }

    private List<Integer> upTo(int n) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(i);
      }
      return out;
    }

    /** What ssp received so far, asserted in order with no gap and none twice. */
    private List<Integer> receivedInOrder() {
      List<Integer> got = numbers(sspUser.received);
      assertThat(got)
          .as("received at ssp, in order, none missing or twice")
          .isEqualTo(upTo(got.size()));
      return got;
    }

    @Test
    void traffic_returns_to_the_direct_route_only_after_t3_in_order_none_lost_none_twice() {
      send(10); // diverted like the first 20; the last still on their way when the link returns
      ssp.activate("a");
      send(40);
      f.clock.advance(Duration.ofMillis(500));
      // the receiver has an unbroken prefix; what hlr sent since the link returned waits in stp-a
      int early = receivedInOrder().size();
      assertThat(early).isLessThan(70);
      int buffered = stpA.changeback().buffered();
      assertThat(buffered).isEqualTo(70 - early);
      assertThat(stpA.counter(Counter.CHANGEBACK_BUFFERED)).isEqualTo(buffered);
      long divertedSoFar = stpA.counter(Counter.DIVERTED);
      long forwardedByB = stpB.counter(Counter.FORWARDED);

      f.clock.advance(Duration.ofSeconds(1)); // T3 expired: the buffer goes direct, in order
      send(10);
      f.clock.advance(Duration.ofMillis(100));
      assertThat(receivedInOrder()).hasSize(80);
      assertThat(stpA.changeback().buffered()).isZero();
      // after the changeback the traffic is on the preferred route: no more diverted, none over
      // stp-b
      assertThat(stpA.chooseRoute(SSP, 0)).isEqualTo("as-ssp");
      assertThat(stpA.counter(Counter.DIVERTED)).isEqualTo(divertedSoFar);
      assertThat(stpB.counter(Counter.FORWARDED)).isEqualTo(forwardedByB);
      assertThat(sum(Counter.DISCARDED_NO_ROUTE, stpA, stpB)).isZero();
      assertThat(sum(Counter.DISCARDED_PENDING, stpA, stpB)).isZero();
    }

    @Test
    void the_link_lost_again_during_changeback_sends_the_buffer_the_long_way_in_order() {
      send(10);
      ssp.activate("a");
      send(10);
      assertThat(stpA.changeback().buffered()).isPositive();
      ssp.deactivate("a"); // before T3 expires
      send(10);
      f.clock.advance(Duration.ofSeconds(3));
      assertThat(receivedInOrder()).hasSize(50);
      assertThat(stpA.changeback().buffered()).isZero();
      assertThat(sum(Counter.DISCARDED_NO_ROUTE, stpA, stpB)).isZero();
      assertThat(sum(Counter.DISCARDED_PENDING, stpA, stpB)).isZero();
    }

    @Test
    void a_full_changeback_buffer_ends_the_changeback_early_and_loses_nothing() {
      stpA.changeback().bufferLimit(5);
      send(10);
      ssp.activate("a");
      send(40);
      f.clock.advance(Duration.ofSeconds(2));
      assertThat(stpA.counter(Counter.CHANGEBACK_BUFFERED)).isEqualTo(5);
      assertThat(stpA.changeback().buffered()).isZero();
      List<Integer> got = new ArrayList<>(numbers(sspUser.received));
      got.sort(null);
      assertThat(got).as("every message once").isEqualTo(upTo(70));
      assertThat(sum(Counter.DISCARDED_NO_ROUTE, stpA, stpB)).isZero();
    }

    @Test
    void nothing_is_held_when_no_message_went_the_long_way_within_t3() {
      f.clock.advance(Duration.ofSeconds(2)); // quiet for longer than T3
      ssp.activate("a");
      f.clock.advance(Duration.ofMillis(50));
      send(5);
      f.clock.advance(Duration.ofMillis(50));
      assertThat(numbers(sspUser.received)).isEqualTo(upTo(25));
      assertThat(stpA.counter(Counter.CHANGEBACK_BUFFERED)).isZero();
    }
  }

  @Test
  void an_stp_tells_its_mate_the_destinations_it_routes_through_it() {
    ssp.deactivate("a");
    f.clock.advance(Duration.ofSeconds(1));
    // stp-a now reaches ssp only over stp-b: stp-b must not send ssp's traffic to stp-a
    assertThat(stpA.chooseRoute(SSP, 0)).isEqualTo("as-b");
    assertThat(stpB.routeStatus(SSP))
        .filteredOn(r -> r.via().equals("to-a"))
        .noneMatch(RouteStatus::available);
  }
}
