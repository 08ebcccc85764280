package org.ss7sim.bench.m3ua;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.m3ua.node.AsConfig;
import org.ss7sim.m3ua.node.AspLinkConfig;
import org.ss7sim.m3ua.node.M3uaNode;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.MtpUser;
import org.ss7sim.mtp.NetworkIndicator;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.transport.loop.NodeLoop;
import org.ss7sim.wire.Octets;

/**
 * M3UA DATA messages per second over one TCP loopback association: an ASP node (PC 1, its own event
 * loop) sends batches of MTP-TRANSFER requests (100 octets of user data, SLS 0–15) to an SGP node
 * (PC 2, its own event loop), whose user part counts them; an invocation ends when the whole batch
 * has been delivered. Run:
 *
 * <pre>
 * mvn -q -B -ntp -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar M3uaTcpThroughput -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class M3uaTcpThroughputBenchmark {
  static final int BATCH = 2_000;

  private NodeLoop aspLoop;
  private NodeLoop sgpLoop;
  private M3uaNode asp;
  private M3uaNode sgp;
  private final AtomicLong delivered = new AtomicLong();
  private MtpTransfer[] messages;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    aspLoop = NodeLoop.start("bench-asp");
    sgpLoop = NodeLoop.start("bench-sgp");
    sgp =
        M3uaNode.builder()
            .localPointCode(PointCode.itu(2))
            .owner(sgpLoop)
            .timers(sgpLoop.timers())
            .transport(sgpLoop.tcp())
            .server(
                "sgp",
                TransportKind.TCP,
                AssociationConfig.server("sgp", new InetSocketAddress("127.0.0.1", 0)))
            .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
            .route(PointCode.itu(1), "as1")
            .build();
    sgp.register(
        ServiceIndicator.SCCP,
        new MtpUser() {
          @Override
          public void onTransfer(MtpTransfer indication) {
            delivered.incrementAndGet();
          }
        });
    sgp.start();
    asp =
        M3uaNode.builder()
            .localPointCode(PointCode.itu(1))
            .owner(aspLoop)
            .timers(aspLoop.timers())
            .transport(aspLoop.tcp())
            .link(
                new AspLinkConfig(
                    "l",
                    TransportKind.TCP,
                    AssociationConfig.client("asp", (InetSocketAddress) sgp.serverAddress("sgp")),
                    List.of(10L),
                    TrafficModeType.LOADSHARE,
                    1L,
                    false))
            .route(PointCode.itu(2), "l")
            .build();
    asp.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (aspLoop.call(() -> asp.linkState("l"), 1_000) != AspState.ASP_ACTIVE) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("ASP did not become active");
      }
      Thread.onSpinWait();
    }
    Octets payload = Octets.wrap(new byte[100]);
    messages = new MtpTransfer[16];
    for (int sls = 0; sls < 16; sls++) {
      messages[sls] =
          new MtpTransfer(
              PointCode.itu(1),
              PointCode.itu(2),
              ServiceIndicator.SCCP,
              NetworkIndicator.NATIONAL,
              0,
              sls,
              payload);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    aspLoop.call(
        () -> {
          asp.stop();
          return null;
        },
        5_000);
    sgp.stop();
    aspLoop.close();
    sgpLoop.close();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long dataOverOneTcpAssociation() {
    long target = delivered.get() + BATCH;
    aspLoop.execute(
        () -> {
          for (int i = 0; i < BATCH; i++) {
            asp.transfer(messages[i & 15]);
          }
        });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    long now;
    while ((now = delivered.get()) < target) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("batch not delivered: " + (target - now) + " missing");
      }
      // Park rather than spin: the two event loops need the machine's two cores.
      java.util.concurrent.locks.LockSupport.parkNanos(20_000);
    }
    return now;
  }
}
