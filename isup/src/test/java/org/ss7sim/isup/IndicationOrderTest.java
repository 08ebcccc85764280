package org.ss7sim.isup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.isup.call.CallReference;
import org.ss7sim.isup.call.CallSetup;
import org.ss7sim.isup.circuit.TrunkGroupConfig;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.loopback.LoopbackMtpNetwork;
import org.ss7sim.testkit.VirtualClock;

/**
 * The shell's promise: an indication reaches the user only after the request that caused it has
 * returned, so a caller never hears of a call before it holds the call's reference. The loopback
 * MTP runs to completion, so the peer's answers arrive inside the request that sent the IAM.
 */
class IndicationOrderTest {
  VirtualClock clock;
  LoopbackMtpNetwork network;
  Exchange a;
  Exchange b;

  /** Set while A's user is inside a request on A. */
  boolean insideRequest;

  final List<String> heardInside = new ArrayList<>();

  @BeforeEach
  void setUp() {
    clock = new VirtualClock();
    network = new LoopbackMtpNetwork();
    a =
        new Exchange(
            network,
            clock,
            100,
            IsupConfig.of(TrunkGroupConfig.of("toB", PointCode.itu(200), 1, 1)));
    b =
        new Exchange(
            network,
            clock,
            200,
            IsupConfig.of(TrunkGroupConfig.of("toA", PointCode.itu(100), 1, 1)));
    a.onAlerting = c -> noteIfInside("alerting");
    a.onAnswer = c -> noteIfInside("answer");
    a.onReleased = c -> noteIfInside("release");
  }

  private void noteIfInside(String what) {
    if (insideRequest) {
      heardInside.add(what);
    }
  }

  private CallReference place(String called) {
    insideRequest = true;
    try {
      return a.isup.placeCall(CallSetup.of("toB", called, "5550001"));
    } finally {
      insideRequest = false;
    }
  }

  @Test
  void no_circuit_available_is_released_after_place_call_returned_with_the_same_reference() {
    b.onIncoming = c -> {};
    CallReference first = place("5551234"); // takes the only circuit
    CallReference second = place("5551235");
    assertThat(a.releases).isEmpty();
    clock.runDue();
    assertThat(heardInside).isEmpty();
    assertThat(a.events).containsExactly("release " + second + " 34 NETWORK");
    a.isup.release(first, CauseValue.NORMAL_CLEARING);
    clock.runDue();
    assertThat(a.isup.activeCalls()).isZero();
  }

  @Test
  void an_answer_that_came_back_inside_place_call_is_indicated_after_it_returned() {
    b.onIncoming =
        c -> {
          b.isup.alert(c.call());
          b.isup.answer(c.call());
        };
    CallReference call = place("5551234");
    // The whole exchange happened on the wire inside placeCall ...
    assertThat(Wire.types(network.log())).containsExactly("IAM", "ACM", "ANM");
    // ... but A's user hears of it only now, in order.
    assertThat(a.events).isEmpty();
    clock.runDue();
    assertThat(heardInside).isEmpty();
    assertThat(a.events).containsExactly("alerting " + call, "answer " + call);
    a.isup.release(call, CauseValue.NORMAL_CLEARING);
    clock.runDue();
  }

  @Test
  void unallocated_number_released_by_the_peer_at_once_reaches_the_caller_after_the_request() {
    b.onIncoming = c -> b.isup.release(c.call(), CauseValue.UNALLOCATED_NUMBER);
    CallReference call = place("5559999");
    assertThat(a.releases).isEmpty();
    clock.runDue();
    assertThat(heardInside).isEmpty();
    assertThat(a.events).containsExactly("release " + call + " 1 REMOTE");
    assertThat(Wire.types(network.log())).containsExactly("IAM", "REL", "RLC");
  }

  @Test
  void what_mtp_delivers_outside_any_request_is_indicated_before_the_delivery_returns() {
    // B has no request in progress when A's IAM arrives: B's user hears of the call at once.
    place("5551234");
    assertThat(b.incoming).hasSize(1);
    b.isup.release(b.incoming.get(0).call(), CauseValue.NORMAL_CLEARING);
    // A's release indication was caused by MTP (B's REL), not by a request of A's user.
    assertThat(a.events).singleElement().asString().startsWith("release");
  }

  @Test
  void a_request_made_inside_an_indication_is_answered_after_that_indication_returned() {
    List<String> order = new ArrayList<>();
    b.onIncoming =
        c -> {
          order.add("incoming start");
          b.isup.release(c.call(), CauseValue.USER_BUSY);
          order.add("incoming end");
        };
    b.onReleased = c -> order.add("released");
    place("5551234");
    assertThat(order).containsExactly("incoming start", "incoming end", "released");
    clock.runDue();
  }

  @Test
  void a_management_reset_clears_the_call_and_indicates_it_after_the_reset_returned() {
    CallReference call = place("5551234");
    insideRequest = true;
    a.isup.reset("toB", 1);
    insideRequest = false;
    assertThat(a.releases).isEmpty();
    clock.runDue();
    assertThat(heardInside).isEmpty();
    assertThat(a.events).containsExactly("release " + call + " 41 NETWORK");
  }
}
