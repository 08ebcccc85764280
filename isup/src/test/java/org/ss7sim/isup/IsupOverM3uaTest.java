package org.ss7sim.isup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.m3ua.node.AsConfig;
import org.ss7sim.m3ua.node.AspLinkConfig;
import org.ss7sim.m3ua.node.M3uaNode;
import org.ss7sim.m3ua.node.M3uaNodeBuilder;
import org.ss7sim.m3ua.node.Tracer;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.transport.loop.NodeLoop;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * Two SSPs over real M3UA on TCP loopback through an STP, all on one event loop: SSP A (PC 1) is an
 * ASP of the STP (PC 100); the STP is an ASP of SSP B (PC 2, the server). 10,000 calls with random
 * short hold times (real time: 0–20 ms) leave every circuit idle at both ends.
 */
class IsupOverM3uaTest {
  static final PointCode PC_A = PointCode.itu(1);
  static final PointCode PC_B = PointCode.itu(2);
  static final PointCode PC_STP = PointCode.itu(100);
  static final int CALLS = 10_000;

  private final NodeLoop loop = NodeLoop.start("isup-m3ua-test");
  private final List<M3uaNode> nodes = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    loop.call(
        () -> {
          nodes.forEach(M3uaNode::stop);
          return null;
        },
        5_000);
    loop.close();
  }

  private M3uaNodeBuilder node(PointCode pc) {
    return M3uaNode.builder()
        .localPointCode(pc)
        .owner(loop)
        .timers(loop.timers())
        .transport(loop.tcp())
        .ackTimeout(Duration.ofMillis(200))
        .recoveryTimer(Duration.ofMillis(500));
  }

  private static AssociationConfig client(String name, Object address) {
    return AssociationConfig.client(name, (InetSocketAddress) address)
        .withReconnect(Duration.ofMillis(20), Duration.ofMillis(200));
  }

  private void await(String what, BooleanSupplier condition, int seconds) throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Runnable[] check = new Runnable[1];
    check[0] =
        () -> {
          if (condition.getAsBoolean()) {
            done.complete(null);
          } else if (!done.isDone()) {
            loop.timers().schedule(Duration.ofMillis(10), check[0]);
          }
        };
    loop.execute(check[0]);
    try {
      done.get(seconds, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      done.complete(null);
      throw new AssertionError("timed out waiting for " + what);
    }
  }

  /** A call-control user that answers, holds and releases with random timing on the loop. */
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
      loop.timers()
          .schedule(Duration.ofMillis(random.nextInt(0, 5)), () -> isup.answer(call.call()));
    }

    @Override
    public void onAlerting(CallReference call) {}

    @Override
    public void onAnswer(CallReference call) {
      answered++;
      loop.timers()
          .schedule(
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

  @Test
  void ten_thousand_calls_through_an_stp_over_m3ua_tcp_leave_every_circuit_idle(@TempDir Path dir)
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
                System.currentTimeMillis() * 1000,
                outbound ? aEnd : stpEnd,
                outbound ? stpEnd : aEnd,
                stream,
                message);
          }
        };
    M3uaNode sspB =
        node(PC_B)
            .server(
                "b",
                TransportKind.TCP,
                AssociationConfig.server("b", new InetSocketAddress("127.0.0.1", 0)))
            .applicationServer(new AsConfig("as-stp", 20, TrafficModeType.OVERRIDE))
            .route(PC_A, "as-stp")
            .route(PC_STP, "as-stp")
            .build();
    sspB.start();
    M3uaNode stp =
        node(PC_STP)
            .server(
                "stp",
                TransportKind.TCP,
                AssociationConfig.server("stp", new InetSocketAddress("127.0.0.1", 0)))
            .applicationServer(new AsConfig("as-a", 10, TrafficModeType.LOADSHARE))
            .link(
                new AspLinkConfig(
                    "to-b",
                    TransportKind.TCP,
                    client("to-b", sspB.serverAddress("b")),
                    List.of(20L),
                    TrafficModeType.OVERRIDE,
                    100L,
                    false))
            .route(PC_A, "as-a")
            .route(PC_B, "to-b")
            .build();
    stp.start();
    M3uaNode sspA =
        node(PC_A)
            .tracer(toPcap)
            .link(
                new AspLinkConfig(
                    "l",
                    TransportKind.TCP,
                    client("a", stp.serverAddress("stp")),
                    List.of(10L),
                    TrafficModeType.LOADSHARE,
                    1L,
                    false))
            .route(PC_B, "l")
            .build();
    nodes.addAll(List.of(sspA, stp, sspB));
    Ssp a = new Ssp(1);
    Ssp b = new Ssp(2);
    loop.call(
        () -> {
          a.isup =
              new IsupUserPart(
                  sspA,
                  loop.timers(),
                  IsupConfig.of(
                      TrunkGroupConfig.of("toB", PC_B, 1, 64)
                          .withSelection(SelectionPolicy.LEAST_RECENTLY_USED)),
                  a);
          b.isup =
              new IsupUserPart(
                  sspB, loop.timers(), IsupConfig.of(TrunkGroupConfig.of("toA", PC_A, 1, 64)), b);
          return null;
        },
        5_000);
    sspA.start();
    await(
        "links active and destinations accessible",
        () ->
            sspA.linkState("l") == AspState.ASP_ACTIVE
                && stp.linkState("to-b") == AspState.ASP_ACTIVE
                && sspA.accessible(PC_B)
                && sspB.accessible(PC_A),
        10);

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
            loop.timers().schedule(Duration.ofMillis(1), next[0]);
          }
        };
    long start = System.nanoTime();
    loop.execute(next[0]);
    await("10,000 calls released", () -> a.released == CALLS, 120);
    double seconds = (System.nanoTime() - start) / 1e9;
    await(
        "every circuit idle",
        () ->
            a.isup.activeCalls() == 0
                && b.isup.activeCalls() == 0
                && a.isup.nonIdleCircuits() == 0
                && b.isup.nonIdleCircuits() == 0,
        10);
    System.out.printf(
        "ISUP over M3UA/TCP through an STP: %d calls in %.1f s (%.0f calls/s), failures %s%n",
        CALLS, seconds, CALLS / seconds, a.failures.size());
    loop.call(
        () -> {
          assertThat(a.answered).isEqualTo(CALLS);
          assertThat(b.incoming).isEqualTo(CALLS);
          assertThat(a.failures).isEmpty();
          assertThat(a.isup.counters().get("internalErrors")).isZero();
          assertThat(b.isup.counters().get("unexpectedCallMessages")).isZero();
          return null;
        },
        5_000);
    loop.call(
        () -> {
          writer.close();
          return null;
        },
        5_000);
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
}
