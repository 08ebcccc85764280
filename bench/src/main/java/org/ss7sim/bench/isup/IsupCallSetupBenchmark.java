package org.ss7sim.bench.isup;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
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
import org.ss7sim.mtp.PointCode;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * Call set-ups per second between two exchanges in one JVM, zero hold time: each operation is one
 * whole call, IAM, ACM, ANM, REL, RLC, through both ISUP instances (encode, MTP hand-over, decode,
 * call state machines, circuit selection, timers started and stopped). MTP is an in-process
 * run-to-completion hand-over ({@link DirectMtp}: no M3UA, no STP).
 *
 * <p>{@code java -jar bench/target/benchmarks.jar IsupCallSetupBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class IsupCallSetupBenchmark {
  private IsupUserPart a;
  private IsupUserPart b;
  private IdleTimers timers;
  private CallSetup setup;
  private long released;

  /**
   * Timers that never fire within a zero-hold call; cancelling them is what is measured. Zero-delay
   * tasks (ISUP's delivery of indications after a request returned) run in {@link #runDue}.
   */
  static final class IdleTimers implements TimerService {
    private final java.util.ArrayDeque<Runnable> due = new java.util.ArrayDeque<>();

    void runDue() {
      Runnable r;
      while ((r = due.poll()) != null) {
        r.run();
      }
    }

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public long currentTimeMillis() {
      return System.currentTimeMillis();
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
      if (delay.isZero()) {
        due.add(task);
      }
      return () -> true;
    }
  }

  @Setup
  public void setUp() {
    DirectMtp network = new DirectMtp();
    timers = new IdleTimers();
    IsupUserPart[] terminating = new IsupUserPart[1];
    b =
        new IsupUserPart(
            network.attach(PointCode.itu(200)),
            timers,
            IsupConfig.of(TrunkGroupConfig.of("toA", PointCode.itu(100), 1, 64)),
            new CallControlUser() {
              @Override
              public void onIncomingCall(IncomingCall call) {
                terminating[0].alert(call.call());
                terminating[0].answer(call.call());
              }

              @Override
              public void onAlerting(CallReference call) {}

              @Override
              public void onAnswer(CallReference call) {}

              @Override
              public void onRelease(CallReference call, CallRelease release) {}
            });
    terminating[0] = b;
    IsupUserPart[] originating = new IsupUserPart[1];
    a =
        new IsupUserPart(
            network.attach(PointCode.itu(100)),
            timers,
            IsupConfig.of(TrunkGroupConfig.of("toB", PointCode.itu(200), 1, 64)),
            new CallControlUser() {
              @Override
              public void onIncomingCall(IncomingCall call) {}

              @Override
              public void onAlerting(CallReference call) {}

              @Override
              public void onAnswer(CallReference call) {
                originating[0].release(call, CauseValue.NORMAL_CLEARING);
              }

              @Override
              public void onRelease(CallReference call, CallRelease release) {
                released++;
              }
            });
    originating[0] = a;
    setup = CallSetup.of("toB", "0012345678", "0015550001");
  }

  @Benchmark
  public long callSetup() {
    a.placeCall(setup);
    timers.runDue();
    if (a.activeCalls() != 0) {
      throw new IllegalStateException("call not completed");
    }
    return released;
  }
}
