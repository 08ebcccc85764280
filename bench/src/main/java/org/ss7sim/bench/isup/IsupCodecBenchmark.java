package org.ss7sim.bench.isup;

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
import org.ss7sim.isup.message.Cic;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.message.IsupMessageCodec;
import org.ss7sim.isup.parameter.CalledPartyNumber;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.CallingPartysCategory;
import org.ss7sim.isup.parameter.ForwardCallIndicators;
import org.ss7sim.isup.parameter.NatureOfConnectionIndicators;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.isup.parameter.TransmissionMediumRequirement;
import org.ss7sim.isup.parameter.UserServiceInformation;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * IAM encode + decode on one core: a typical IAM (10-digit called number, calling party number,
 * user service information). {@code roundTrip} encodes into a reused writer, copies the bytes once
 * (as egress would) and decodes them.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar IsupCodecBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class IsupCodecBenchmark {
  private InitialAddress iam;
  private Octets encoded;
  private final WireWriter writer = new WireWriter(256);

  @Setup
  public void setUp() {
    iam =
        new InitialAddress(
            Cic.of(1234),
            NatureOfConnectionIndicators.of(0, 0, false),
            ForwardCallIndicators.of(false, true, 0, true),
            CallingPartysCategory.ORDINARY_SUBSCRIBER,
            TransmissionMediumRequirement.SPEECH,
            CalledPartyNumber.national("0012345678"),
            OptionalParameters.of(
                CallingPartyNumber.national("0015550001"), UserServiceInformation.SPEECH_A_LAW));
    encoded = IsupMessageCodec.encode(iam);
  }

  @Benchmark
  public IsupMessage roundTrip() throws MalformedMessageException {
    writer.reset();
    IsupMessageCodec.encode(iam, writer);
    return IsupMessageCodec.decode(writer.toOctets());
  }

  @Benchmark
  public int encode() {
    writer.reset();
    IsupMessageCodec.encode(iam, writer);
    return writer.position();
  }

  @Benchmark
  public IsupMessage decode() throws MalformedMessageException {
    return IsupMessageCodec.decode(encoded);
  }
}
