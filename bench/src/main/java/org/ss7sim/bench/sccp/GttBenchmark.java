package org.ss7sim.bench.sccp;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.gtt.DestinationAvailability;
import org.ss7sim.sccp.gtt.GlobalTitleTranslator;
import org.ss7sim.sccp.gtt.GttOutcome;

/** Translating an E.164 global title against a table of {@code rules} prefix rules. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class GttBenchmark {
  @Param({"10", "1000"})
  public int rules;

  private GlobalTitleTranslator table;
  private SccpAddress called;

  @Setup
  public void setUp() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rules; i++) {
      sb.append("r")
          .append(i)
          .append(": gti=4 tt=0 np=1 nai=4 prefix=999")
          .append(String.format("%04d", i))
          .append(" -> ")
          .append(1000 + i % 1000)
          .append(":6 ")
          .append(2000 + i % 1000)
          .append(":6 mode=dominant\n");
    }
    table = GlobalTitleTranslator.parse(sb.toString());
    called = SccpAddress.ofGlobalTitle(GlobalTitle.e164("99900050000001"), Ssn.HLR);
  }

  @Benchmark
  public GttOutcome translate() {
    return table.translate(called, 3, DestinationAvailability.ALL);
  }
}
