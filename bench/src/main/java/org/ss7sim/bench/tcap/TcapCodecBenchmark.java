package org.ss7sim.bench.tcap;

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
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.tcap.dialogue.Aare;
import org.ss7sim.tcap.dialogue.Aarq;
import org.ss7sim.tcap.dialogue.DialoguePortion;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.End;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.tcap.message.TransactionId;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * Encode + decode round trips of the two messages of an MT-SMS delivery: the Begin with AARQ
 * (shortMsgMT-RelayContext-v3) and an MT-ForwardSM invoke of 160 characters, and the End with AARE
 * and a ReturnResultLast. One op = one encode (into a reused writer, copied out once as the egress
 * copy) and one full decode (transaction, dialogue and component portions).
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar TcapCodecBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TcapCodecBenchmark {
  static final ObjectIdentifier ACN = ObjectIdentifier.parse("0.4.0.0.1.0.25.3");
  static final OperationCode MT_FORWARD_SM = OperationCode.local(44);

  final WireWriter writer = new WireWriter(512);
  final TcMessage begin =
      new Begin(
          TransactionId.of(0x1234abcd),
          new DialoguePortion(Aarq.of(ACN, null)),
          List.<Component>of(
              new Invoke(InvokeId.of(1), null, MT_FORWARD_SM, MtForwardSmSample.argument())));
  final TcMessage end =
      new End(
          TransactionId.of(0x1234abcd),
          new DialoguePortion(Aare.accepted(ACN, null)),
          List.<Component>of(
              new ReturnResult(InvokeId.of(1), true, MT_FORWARD_SM, Octets.fromHex("3000"))));

  private TcMessage roundTrip(TcMessage m) throws MalformedMessageException {
    writer.reset();
    TcMessageCodec.encode(m, writer);
    return TcMessageCodec.decode(writer.toOctets());
  }

  @Benchmark
  public TcMessage beginWithMtForwardSm() throws MalformedMessageException {
    return roundTrip(begin);
  }

  @Benchmark
  public TcMessage endWithReturnResultLast() throws MalformedMessageException {
    return roundTrip(end);
  }

  /**
   * Both messages of one MT-ForwardSM transaction; ops/s here is MT-SMS transactions per second.
   */
  @Benchmark
  public TcMessage beginAndEnd() throws MalformedMessageException {
    roundTrip(begin);
    return roundTrip(end);
  }
}
