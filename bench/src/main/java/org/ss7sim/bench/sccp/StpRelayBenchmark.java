package org.ss7sim.bench.sccp;

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
import org.openjdk.jmh.annotations.Warmup;
import org.ss7sim.mtp.MtpService;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.MtpUser;
import org.ss7sim.mtp.NetworkIndicator;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.sccp.gtt.GlobalTitleTranslator;
import org.ss7sim.sccp.stack.SccpStack;
import org.ss7sim.sccp.stack.SccpStackConfig;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * An STP relaying a UDT addressed by global title: MTP-TRANSFER in, decode, translate, re-encode,
 * MTP-TRANSFER out (counted only). One operation is one relayed message.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class StpRelayBenchmark {
  private static final PointCode STP = PointCode.itu(100);

  /** The STP's MTP: hands the STP's user to the benchmark and counts what the STP sends. */
  static final class DirectMtp implements MtpService {
    MtpUser sccp;
    long sent;
    int lastLength;

    @Override
    public PointCode localPointCode() {
      return STP;
    }

    @Override
    public void transfer(MtpTransfer request) {
      sent++;
      lastLength = request.userData().length();
    }

    @Override
    public void register(ServiceIndicator serviceIndicator, MtpUser user) {
      sccp = user;
    }
  }

  private DirectMtp mtp;
  private MtpTransfer message;

  @Setup
  public void setUp() {
    TimerService noTimers =
        new TimerService() {
          @Override
          public long nanoTime() {
            return System.nanoTime();
          }

          @Override
          public long currentTimeMillis() {
            return System.currentTimeMillis();
          }

          @Override
          public Timer schedule(java.time.Duration delay, Runnable task) {
            return () -> false;
          }
        };
    mtp = new DirectMtp();
    new SccpStack(
        mtp,
        noTimers,
        SccpStackConfig.defaults()
            .withTranslator(
                GlobalTitleTranslator.parse(
                    "vlr: gti=4 tt=0 np=1 nai=4 prefix=354 -> 2001:7 mode=solitary ri=ssn\n")));
    message =
        new MtpTransfer(
            PointCode.itu(1001),
            STP,
            ServiceIndicator.SCCP,
            NetworkIndicator.INTERNATIONAL,
            0,
            5,
            SccpCodecBenchmark.UDT_WITH_GT);
  }

  @Benchmark
  public long relay() {
    mtp.sccp.onTransfer(message);
    return mtp.sent;
  }
}
