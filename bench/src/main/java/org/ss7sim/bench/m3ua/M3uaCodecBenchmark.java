package org.ss7sim.bench.m3ua;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.ProtocolData;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Encode and decode of an M3UA DATA message with a routing context and 100 octets of user data.
 * {@code java -jar bench/target/benchmarks.jar M3uaCodec -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class M3uaCodecBenchmark {
  private final Data data =
      new Data(
          null,
          List.of(10L),
          new ProtocolData(1, 2, 3, 2, 0, 5, Octets.wrap(new byte[100])),
          null,
          List.of());
  private final Octets encoded = M3uaCodec.encode(data);
  private final WireWriter out = new WireWriter(256);

  @Benchmark
  public int encodeData() {
    out.reset();
    M3uaCodec.encode(data, out);
    return out.position();
  }

  @Benchmark
  public M3uaMessage decodeData() throws MalformedMessageException {
    return M3uaCodec.decode(encoded);
  }
}
