package org.ss7sim.bench.isup;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.ss7sim.isup.IsupConfig;
import org.ss7sim.isup.IsupUserPart;
import org.ss7sim.isup.call.CallControlUser;
import org.ss7sim.isup.call.CallReference;
import org.ss7sim.isup.call.CallRelease;
import org.ss7sim.isup.call.CallSetup;
import org.ss7sim.isup.call.IncomingCall;
import org.ss7sim.isup.circuit.TrunkGroupConfig;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.m3ua.node.AsConfig;
import org.ss7sim.m3ua.node.AspLinkConfig;
import org.ss7sim.m3ua.node.Counter;
import org.ss7sim.m3ua.node.M3uaNode;
import org.ss7sim.m3ua.node.M3uaNodeBuilder;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.transport.loop.NodeLoop;

/**
 * Call set-ups per second between two SSPs through an STP in one JVM: SSP A (PC 1) is an ASP of the
 * STP (PC 100), the STP an ASP of SSP B (PC 2), M3UA over TCP loopback, all three nodes on one
 * event loop thread. Each operation is one whole call, IAM, ACM, ANM, REL, RLC, zero hold time,
 * with up to 64 calls in progress.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar IsupStpCallSetupBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class IsupStpCallSetupBenchmark {
  static final int BATCH = 2_000;
  static final int WINDOW = 64;
  static final PointCode PC_A = PointCode.itu(1);
  static final PointCode PC_B = PointCode.itu(2);
  static final PointCode PC_STP = PointCode.itu(100);

  private NodeLoop loop;
  private List<M3uaNode> nodes;
  private IsupUserPart a;
  private IsupUserPart b;
  private final CallSetup setup = CallSetup.of("toB", "0012345678", "0015550001");
  private int placed;
  private CompletableFuture<Void> batch;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    loop = NodeLoop.start("isup-stp-bench");
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
    nodes = List.of(sspA, stp, sspB);
    loop.call(
        () -> {
          b =
              new IsupUserPart(
                  sspB,
                  loop.timers(),
                  IsupConfig.of(TrunkGroupConfig.of("toA", PC_A, 1, 128)),
                  new Terminating());
          a =
              new IsupUserPart(
                  sspA,
                  loop.timers(),
                  IsupConfig.of(TrunkGroupConfig.of("toB", PC_B, 1, 128)),
                  new Originating());
          return null;
        },
        5_000);
    sspA.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!loop.call(() -> sspA.accessible(PC_B) && sspB.accessible(PC_A), 5_000)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("M3UA links did not come up");
      }
      Thread.sleep(10);
    }
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

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    loop.call(
        () -> {
          // Proof the calls crossed the STP: every ISUP message B received was forwarded by it.
          System.out.printf(
              "%nA sent %d, B received %d ISUP messages; the STP forwarded %d M3UA DATA%n",
              a.counters().get("sent"),
              b.counters().get("received"),
              nodes.get(1).counter(Counter.FORWARDED));
          nodes.forEach(M3uaNode::stop);
          return null;
        },
        5_000);
    loop.close();
  }

  private static AssociationConfig client(String name, Object address) {
    return AssociationConfig.client(name, (InetSocketAddress) address)
        .withReconnect(Duration.ofMillis(20), Duration.ofMillis(200));
  }

  private final class Terminating implements CallControlUser {
    @Override
    public void onIncomingCall(IncomingCall call) {
      b.alert(call.call());
      b.answer(call.call());
    }

    @Override
    public void onAlerting(CallReference call) {}

    @Override
    public void onAnswer(CallReference call) {}

    @Override
    public void onRelease(CallReference call, CallRelease release) {}
  }

  private final class Originating implements CallControlUser {
    @Override
    public void onIncomingCall(IncomingCall call) {}

    @Override
    public void onAlerting(CallReference call) {}

    @Override
    public void onAnswer(CallReference call) {
      a.release(call, CauseValue.NORMAL_CLEARING);
    }

    @Override
    public void onRelease(CallReference call, CallRelease release) {
      if (release.cause().code() != 16) {
        batch.completeExceptionally(new IllegalStateException("call failed: " + release));
      }
    }
  }

  /** Tops the window up and completes the batch once every call has had its RLC; on the loop. */
  private void tick() {
    while (placed < BATCH && a.activeCalls() < WINDOW) {
      placed++;
      a.placeCall(setup);
    }
    if (placed == BATCH && a.activeCalls() == 0) {
      batch.complete(null);
    } else if (!batch.isDone()) {
      loop.timers().schedule(Duration.ofNanos(200_000), this::tick);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void callSetups() throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    loop.execute(
        () -> {
          placed = 0;
          batch = done;
          tick();
        });
    done.get(60, TimeUnit.SECONDS);
  }
}
