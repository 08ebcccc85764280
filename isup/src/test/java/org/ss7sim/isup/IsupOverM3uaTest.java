package org.ss7sim.isup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.isup.call.CallControlUser;
import org.ss7sim.isup.call.CallReference;
import org.ss7sim.isup.call.CallRelease;
import org.ss7sim.isup.call.CallSetup;
import org.ss7sim.isup.call.IncomingCall;
import org.ss7sim.isup.circuit.SelectionPolicy;
import org.ss7sim.isup.circuit.TrunkGroupConfig;
import org.ss7sim.isup.parameter.CallOutcome;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.m3ua.node.Tracer;
import org.ss7sim.m3ua.testing.StpNetwork;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * Two SSPs through an STP over real M3UA (the shared {@link StpNetwork} fixture: in-JVM transport,
 * virtual clock): 10,000 calls with random short hold times (0–20 ms) leave every circuit idle at
 * both ends, and the first ones, traced to a pcap, decode cleanly in tshark.
 */
class IsupOverM3uaTest {
  static final PointCode PC_A = PointCode.itu(1);
  static final PointCode PC_B = PointCode.itu(2);
  static final int CALLS = 10_000;
  static final long EPOCH_MICROS = 1_767_225_600_000_000L; // 2026-01-01, for the pcap

  private final VirtualClock clock = new VirtualClock();
  private StpNetwork net;

  @AfterEach
  void stop() {
    if (net != null) {
      net.stop();
    }
  }

  @Test
  void ten_thousand_calls_through_an_stp_over_m3ua_leave_every_circuit_idle(@TempDir Path dir)
      throws Exception {
    // SSP A's association is traced to a pcap for its first 400 M3UA messages.
    Path pcap = dir.resolve("ssp-a.pcap");
    PcapWriter writer = PcapWriter.create(pcap);
    Endpoint aEnd = Endpoint.of("10.0.0.1", 40001);
    Endpoint stpEnd = Endpoint.of("10.0.0.100", 2905);
    int[] traced = new int[1];
    Tracer toPcap =
        (link, outbound, stream, message) -> {
          if (traced[0]++ < 400) {
            writer.writeM3ua(
                EPOCH_MICROS + clock.nanoTime() / 1000,
                outbound ? aEnd : stpEnd,
                outbound ? stpEnd : aEnd,
                stream,
                message);
          }
        };
    net =
        new StpNetwork(clock)
            .tracers(pc -> pc.equals(PC_A) ? toPcap : null)
            .add(PC_A)
            .add(PC_B)
            .start();
    assertThat(net.node(PC_A).accessible(PC_B)).isTrue();
    assertThat(net.node(PC_B).accessible(PC_A)).isTrue();
    Ssp a = new Ssp(1);
    Ssp b = new Ssp(2);
    a.isup =
        new IsupUserPart(
            net.node(PC_A),
            clock,
            IsupConfig.of(
                TrunkGroupConfig.of("toB", PC_B, 1, 64)
                    .withSelection(SelectionPolicy.LEAST_RECENTLY_USED)),
            a);
    b.isup =
        new IsupUserPart(
            net.node(PC_B), clock, IsupConfig.of(TrunkGroupConfig.of("toA", PC_A, 1, 64)), b);

    // Keep up to 40 calls (set-up, talking or awaiting RLC) in progress, topping up every ms.
    int[] placed = new int[1];
    Runnable[] next = new Runnable[1];
    next[0] =
        () -> {
          while (placed[0] < CALLS && a.isup.activeCalls() < 40) {
            placed[0]++;
            a.isup.placeCall(CallSetup.of("toB", "2" + (1000 + placed[0] % 9000), "10001"));
          }
          if (placed[0] < CALLS) {
            later(Duration.ofMillis(1), next[0]);
          }
        };
    net.loop().execute(next[0]);
    // bounded: 10,000 calls of at most ~25 ms, 40 at a time, need about 6 s of virtual time
    for (int ms = 0; ms < 60_000 && a.released < CALLS; ms++) {
      clock.advance(Duration.ofMillis(1));
    }
    net.settle();
    net.settle();
    assertThat(a.released).isEqualTo(CALLS);
    assertThat(a.answered).isEqualTo(CALLS);
    assertThat(b.incoming).isEqualTo(CALLS);
    assertThat(a.failures).isEmpty();
    assertThat(a.isup.activeCalls()).isZero();
    assertThat(b.isup.activeCalls()).isZero();
    assertThat(a.isup.nonIdleCircuits()).isZero();
    assertThat(b.isup.nonIdleCircuits()).isZero();
    assertThat(a.isup.counters().get("internalErrors")).isZero();
    assertThat(b.isup.counters().get("unexpectedCallMessages")).isZero();
    assertThat(net.loop().failures()).isZero();
    writer.close();

    Tshark.assumeInstalled();
    assertThat(Tshark.malformedFrames(pcap, List.of())).isEmpty();
    List<List<String>> isup =
        Tshark.fields(pcap, List.of("-Y", "isup"), "isup.message_type", "isup.cic", "isup.called");
    assertThat(isup).hasSizeGreaterThan(300);
    // The first call in order: IAM (1) with the called digits, ACM (6), ANM (9), REL (12), RLC
    // (16).
    List<String> firstCall =
        isup.stream().filter(r -> r.get(1).equals(isup.get(0).get(1))).map(r -> r.get(0)).toList();
    assertThat(firstCall).startsWith("1", "6", "9", "12", "16");
    assertThat(isup.get(0).get(2)).isEqualTo("21001");
  }

  /**
   * Runs {@code task} after {@code delay} as a task of the nodes' one loop, as a node's own timer
   * would: what it sends is traced before the answers it causes arrive.
   */
  private void later(Duration delay, Runnable task) {
    clock.schedule(delay, () -> net.loop().execute(task));
  }

  /** A call-control user that answers, holds and releases with random timing on the clock. */
  final class Ssp implements CallControlUser {
    IsupUserPart isup;
    final SplittableRandom random;
    int released;
    int answered;
    int incoming;
    final List<CallOutcome> failures = new ArrayList<>();

    Ssp(long seed) {
      random = new SplittableRandom(seed);
    }

    @Override
    public void onIncomingCall(IncomingCall call) {
      incoming++;
      isup.alert(call.call());
      later(Duration.ofMillis(random.nextInt(0, 5)), () -> isup.answer(call.call()));
    }

    @Override
    public void onAlerting(CallReference call) {}

    @Override
    public void onAnswer(CallReference call) {
      answered++;
      later(
          Duration.ofMillis(random.nextInt(0, 20)),
          () -> isup.release(call, CauseValue.NORMAL_CLEARING));
    }

    @Override
    public void onRelease(CallReference call, CallRelease release) {
      released++;
      if (release.outcome() != CallOutcome.NORMAL) {
        failures.add(release.outcome());
      }
    }
  }
}
