package org.ss7sim.bench.map;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
import org.ss7sim.map.auth.AuthenticationCentre;
import org.ss7sim.map.auth.AuthenticationQuintuplet;
import org.ss7sim.map.auth.Milenage;
import org.ss7sim.map.common.SmRpDa;
import org.ss7sim.map.common.SmRpOa;
import org.ss7sim.map.message.MtForwardSmArg;
import org.ss7sim.map.message.RoutingInfoForSmArg;
import org.ss7sim.map.sms.DataCodingScheme;
import org.ss7sim.map.sms.SmsDirection;
import org.ss7sim.map.sms.SmsSegmentation;
import org.ss7sim.map.sms.SmsTimestamp;
import org.ss7sim.map.sms.SmsTpdu;
import org.ss7sim.map.sms.SmsTpduCodec;
import org.ss7sim.map.sms.TpAddress;
import org.ss7sim.map.sms.UserData;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * MAP codec throughput: an MT-ForwardSM argument with a full 160-character SMS-DELIVER (the hot
 * path of an SMSC), SRI-for-SM, the TPDU with 7-bit packing, segmentation of a long text, and one
 * Milenage quintuplet (an HLR/AuC's SendAuthenticationInfo).
 *
 * <p>{@code java -jar bench/target/benchmarks.jar MapCodecBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class MapCodecBenchmark {
  private static final String TEXT = "x".repeat(149) + " 0123456789";

  private MtForwardSmArg mtForwardSm;
  private Octets mtForwardSmBytes;
  private RoutingInfoForSmArg sriForSm;
  private Octets sriForSmBytes;
  private SmsTpdu deliver;
  private Octets deliverBytes;
  private AuthenticationCentre auc;
  private Octets rand;

  @Setup
  public void setUp() {
    deliver =
        new SmsTpdu.SmsDeliver(
            false,
            false,
            false,
            false,
            false,
            TpAddress.international("15550001234"),
            0,
            DataCodingScheme.GSM7,
            SmsTimestamp.of(OffsetDateTime.of(2026, 11, 26, 6, 0, 0, 0, ZoneOffset.UTC)),
            UserData.of(TEXT, DataCodingScheme.Alphabet.GSM7, null));
    deliverBytes = SmsTpduCodec.encode(deliver);
    mtForwardSm =
        MtForwardSmArg.of(
            new SmRpDa.ByImsi(new Imsi("001010000001234")),
            new SmRpOa.ServiceCentre(AddressString.international("15550009999")),
            deliverBytes);
    mtForwardSmBytes = MtForwardSmArg.CODEC.encode(mtForwardSm);
    sriForSm =
        RoutingInfoForSmArg.of(
            AddressString.international("15550001234"),
            true,
            AddressString.international("15550009999"));
    sriForSmBytes = RoutingInfoForSmArg.CODEC.encode(sriForSm);
    auc =
        new AuthenticationCentre(
            new Milenage(
                Octets.fromHex("465b5ce8b199b49faa5f0a2ee238a6bc"),
                Octets.fromHex("cd63cb71954a9f4e48a5994e37a02baf")));
    rand = Octets.fromHex("23553cbe9637a89d218ae64dae47bf35");
  }

  @Benchmark
  public Octets mtForwardSmEncode() {
    return MtForwardSmArg.CODEC.encode(mtForwardSm);
  }

  @Benchmark
  public MtForwardSmArg mtForwardSmDecode() throws MalformedMessageException {
    return MtForwardSmArg.CODEC.decode(mtForwardSmBytes);
  }

  @Benchmark
  public RoutingInfoForSmArg sriForSmDecode() throws MalformedMessageException {
    return RoutingInfoForSmArg.CODEC.decode(sriForSmBytes);
  }

  @Benchmark
  public Octets sriForSmEncode() {
    return RoutingInfoForSmArg.CODEC.encode(sriForSm);
  }

  @Benchmark
  public Octets deliverEncodeWithPacking() {
    return SmsTpduCodec.encode(
        new SmsTpdu.SmsDeliver(
            false,
            false,
            false,
            false,
            false,
            TpAddress.international("15550001234"),
            0,
            DataCodingScheme.GSM7,
            new SmsTimestamp(26, 11, 26, 6, 0, 0, 0),
            UserData.of(TEXT, DataCodingScheme.Alphabet.GSM7, null)));
  }

  @Benchmark
  public String deliverDecodeWithText() throws MalformedMessageException {
    SmsTpdu.SmsDeliver d =
        (SmsTpdu.SmsDeliver) SmsTpduCodec.decode(deliverBytes, SmsDirection.TO_MOBILE);
    return d.userData().text(d.dataCodingScheme(), false);
  }

  @Benchmark
  public List<UserData> segmentLongText() {
    return SmsSegmentation.segment(TEXT.repeat(3), 7).userData();
  }

  @Benchmark
  public AuthenticationQuintuplet milenageQuintuplet() {
    return auc.quintuplet(rand, 0x20, Octets.fromHex("8000"));
  }
}
