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
import org.ss7sim.sccp.message.SccpMessage;
import org.ss7sim.sccp.message.SccpMessageCodec;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Decoding and encoding a UDT with two GTI-4 global titles carrying a 154-octet TCAP Continue (the
 * libosmo-sigtran {@code tcap_global_title} vector of testdata/vectors/sccp.tsv).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SccpCodecBenchmark {
  static final Octets UDT_WITH_GT =
      Octets.fromHex(
          "0981030d180a120700120453840900170b12060012044487200020659a6581974804260001984904510103df6c8188a18185"
              + "0201440201073080a780a08004012b30803012830110840107850791445776671697860120300682011884010400000000"
              + "a306040142840105a306040151840105a306040131840105a309040112840105820102a309040111840105810101a30604"
              + "0114840100a30b0401418401043003830110a30b040141840104300382011800000000");

  private SccpMessage decoded;

  @Setup
  public void setUp() throws MalformedMessageException {
    decoded = SccpMessageCodec.decode(UDT_WITH_GT);
  }

  @Benchmark
  public SccpMessage decodeUdt() throws MalformedMessageException {
    return SccpMessageCodec.decode(UDT_WITH_GT);
  }

  @Benchmark
  public Octets encodeUdt() {
    return SccpMessageCodec.encode(decoded);
  }
}
