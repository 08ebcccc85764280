package org.ss7sim.bench.tcap;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.wire.MalformedMessageException;

/**
 * The round trips of {@link TcapCodecBenchmark} per second of this thread's CPU time: the figure
 * "on one core" that wall-clock JMH cannot give on a machine shared with other work. Warms up for 3
 * CPU-seconds, then measures 5 rounds of 2 CPU-seconds each and prints every round.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.ss7sim.bench.tcap.CodecCpuTimeMain
 * </pre>
 */
public final class CodecCpuTimeMain {
  private CodecCpuTimeMain() {}

  interface Op {
    TcMessage run() throws MalformedMessageException;
  }

  public static void main(String[] args) throws Exception {
    TcapCodecBenchmark b = new TcapCodecBenchmark();
    measure("beginWithMtForwardSm", b::beginWithMtForwardSm);
    measure("endWithReturnResultLast", b::endWithReturnResultLast);
    measure("beginAndEnd", b::beginAndEnd);
  }

  static long sink;

  private static void measure(String name, Op op) throws MalformedMessageException {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long warmEnd = mx.getCurrentThreadCpuTime() + 3_000_000_000L;
    while (mx.getCurrentThreadCpuTime() < warmEnd) {
      for (int i = 0; i < 10_000; i++) {
        sink += op.run().components().size();
      }
    }
    StringBuilder rounds = new StringBuilder();
    double best = 0;
    for (int r = 0; r < 5; r++) {
      long cpu0 = mx.getCurrentThreadCpuTime();
      long ops = 0;
      while (mx.getCurrentThreadCpuTime() - cpu0 < 2_000_000_000L) {
        for (int i = 0; i < 10_000; i++) {
          sink += op.run().components().size();
        }
        ops += 10_000;
      }
      double rate = ops / ((mx.getCurrentThreadCpuTime() - cpu0) / 1e9);
      best = Math.max(best, rate);
      rounds.append(String.format(" %.0f", rate));
    }
    System.out.printf("%-26s round trips per CPU-second:%s (best %.0f)%n", name, rounds, best);
  }
}
