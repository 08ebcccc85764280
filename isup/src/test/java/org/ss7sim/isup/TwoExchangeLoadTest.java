package org.ss7sim.isup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ss7sim.isup.call.CallSetup;
import org.ss7sim.isup.circuit.SelectionPolicy;
import org.ss7sim.isup.circuit.TrunkGroupConfig;
import org.ss7sim.isup.parameter.CallOutcome;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.mtp.MtpService;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.NetworkIndicator;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.mtp.loopback.LoopbackMtpNetwork;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;

/**
 * Two SSPs on one loopback MTP (no STP) place 10,000 calls at each other over one two-way trunk
 * group with random answer delays and hold times on a virtual clock; dual seizures happen and are
 * resolved. At the end every call has been reported released and every circuit is idle.
 */
class TwoExchangeLoadTest {
  static final int CALLS = 10_000;

  @Test
  void ten_thousand_calls_with_random_hold_times_leave_every_circuit_idle() {
    VirtualClock clock = new VirtualClock();
    LoopbackMtpNetwork network = new LoopbackMtpNetwork();
    Exchange a =
        new Exchange(
            network,
            clock,
            100,
            IsupConfig.of(
                TrunkGroupConfig.of("toB", PointCode.itu(200), 1, 96)
                    .withSelection(SelectionPolicy.LEAST_RECENTLY_USED)));
    Exchange b =
        new Exchange(
            network,
            clock,
            200,
            IsupConfig.of(
                    TrunkGroupConfig.of("toA", PointCode.itu(100), 1, 96)
                        .withSelection(SelectionPolicy.LEAST_RECENTLY_USED))
                .withSeed(99));
    SplittableRandom random = new SplittableRandom(2026);
    Map<CallOutcome, Integer> outcomes = new EnumMap<>(CallOutcome.class);

    for (Exchange terminating : new Exchange[] {a, b}) {
      terminating.onIncoming =
          call -> {
            int r = random.nextInt(100);
            if (r < 2) {
              terminating.isup.release(call.call(), CauseValue.USER_BUSY);
              return;
            }
            terminating.isup.alert(call.call());
            long answerMillis = random.nextLong(100, 8_000);
            clock.schedule(
                Duration.ofMillis(answerMillis),
                () -> {
                  if (terminating
                      .isup
                      .callProcessing()
                      .state(call.call())
                      .name()
                      .equals("ALERTING")) {
                    terminating.isup.answer(call.call());
                    if (r < 5) { // the called party hangs up first
                      long hold = random.nextLong(1_000, 120_000);
                      clock.schedule(
                          Duration.ofMillis(hold),
                          () -> terminating.isup.release(call.call(), CauseValue.NORMAL_CLEARING));
                    }
                  }
                });
          };
    }
    for (Exchange originating : new Exchange[] {a, b}) {
      originating.onAnswer =
          call -> {
            long hold = random.nextLong(1_000, 120_000);
            clock.schedule(
                Duration.ofMillis(hold),
                () -> originating.isup.release(call, CauseValue.NORMAL_CLEARING));
          };
    }

    int[] placed = new int[2];
    // A trigger point lets both exchanges place a call inside one delivery, so their IAMs cross:
    // with least-recently-used selection at both ends they seize the same circuit (dual seizure).
    PointCode trigger = PointCode.itu(999);
    MtpService triggerPoint = network.attach(trigger);
    int[] pair = new int[1];
    triggerPoint.register(
        new ServiceIndicator(9),
        m -> {
          a.isup.placeCall(CallSetup.of("toB", "3" + (1000 + pair[0] % 9000), "2000"));
          b.isup.placeCall(CallSetup.of("toA", "2" + (1000 + pair[0] % 9000), "3000"));
        });
    while (placed[0] + placed[1] < CALLS) {
      int i = placed[0] + placed[1];
      if (random.nextInt(20) == 0 && i + 2 <= CALLS) {
        pair[0] = i;
        triggerPoint.transfer(
            new MtpTransfer(
                trigger,
                trigger,
                new ServiceIndicator(9),
                NetworkIndicator.NATIONAL,
                0,
                0,
                Octets.EMPTY));
        placed[0]++;
        placed[1]++;
      } else if (random.nextInt(4) == 0) {
        b.isup.placeCall(CallSetup.of("toA", "2" + (1000 + i % 9000), "3" + (1000 + i % 9000)));
        placed[1]++;
      } else {
        a.isup.placeCall(CallSetup.of("toB", "3" + (1000 + i % 9000), "2" + (1000 + i % 9000)));
        placed[0]++;
      }
      clock.advance(Duration.ofMillis(random.nextLong(0, 1_600)));
    }
    clock.advance(Duration.ofHours(1));

    // Every call placed was reported released exactly once, at its originating side.
    int releasedAtOrigin = 0;
    for (Exchange e : new Exchange[] {a, b}) {
      for (var r : e.releases) {
        outcomes.merge(r.outcome(), 1, Integer::sum);
      }
    }
    releasedAtOrigin =
        a.releases.size() + b.releases.size() - a.incoming.size() - b.incoming.size();
    assertThat(placed[0] + placed[1]).isEqualTo(CALLS);
    assertThat(a.isup.counters().get("dualSeizures")).isPositive();
    assertThat(a.isup.counters().get("repeatAttempts") + b.isup.counters().get("repeatAttempts"))
        .isPositive();
    assertThat(releasedAtOrigin).isEqualTo(CALLS);
    assertThat(a.isup.activeCalls()).isZero();
    assertThat(b.isup.activeCalls()).isZero();
    assertThat(a.isup.nonIdleCircuits()).isZero();
    assertThat(b.isup.nonIdleCircuits()).isZero();
    assertThat(clock.pendingTimers()).isZero();
    assertThat(a.isup.counters().get("internalErrors") + b.isup.counters().get("internalErrors"))
        .isZero();
    assertThat(a.isup.counters().get("unexpectedCallMessages")).isZero();
    assertThat(b.isup.counters().get("unexpectedCallMessages")).isZero();
    // Normal clearing dominates; busy is the 2% the terminating users chose.
    assertThat(outcomes.get(CallOutcome.NORMAL)).isGreaterThan(2 * CALLS * 95 / 100);
    assertThat(outcomes.getOrDefault(CallOutcome.BUSY, 0))
        .isBetween(2 * CALLS / 100, 2 * 3 * CALLS / 100);
    System.out.printf(
        "10,000 calls: outcomes (both ends) %s, dual seizures %d/%d, repeat attempts %d/%d%n",
        outcomes,
        a.isup.counters().get("dualSeizures"),
        b.isup.counters().get("dualSeizures"),
        a.isup.counters().get("repeatAttempts"),
        b.isup.counters().get("repeatAttempts"));
  }
}
