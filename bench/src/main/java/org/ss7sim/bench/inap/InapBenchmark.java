package org.ss7sim.bench.inap;

import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
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
import org.ss7sim.inap.message.CalledPartyNumber;
import org.ss7sim.inap.message.CallingPartyNumber;
import org.ss7sim.inap.message.InapArgument;
import org.ss7sim.inap.message.InapCodec;
import org.ss7sim.inap.message.InapOperation;
import org.ss7sim.inap.message.InitialDpArg;
import org.ss7sim.inap.message.NatureOfAddress;
import org.ss7sim.inap.scf.ScfService;
import org.ss7sim.inap.scp.NumberTranslation;
import org.ss7sim.inap.scp.RoutingTarget;
import org.ss7sim.inap.scp.Translation;
import org.ss7sim.inap.scp.TranslationTable;
import org.ss7sim.inap.scp.Treatment;
import org.ss7sim.inap.ssf.SsfConfig;
import org.ss7sim.inap.ssf.SsfDecision;
import org.ss7sim.inap.ssf.SsfService;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.tcap.TcapConfig;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * INAP work per operation: encoding and decoding an InitialDP argument (ours, and the CAMEL one of
 * jss7's real trace with seven unknown elements kept), one translation-table lookup with a
 * three-way load split, and one whole IN query (InitialDP in a TC-BEGIN, Connect in a TC-END,
 * decision to the switch) through both TCAP stacks over a direct SCCP.
 *
 * <pre>
 * mvn -q -DskipTests -pl bench -am package
 * java -jar bench/target/benchmarks.jar 'org.ss7sim.bench.inap' -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InapBenchmark {
  /** The InitialDP parameter of jss7 TcBeginTest.testRealTrace (CAMEL, 93 octets). */
  static final Octets REAL_TRACE_IDP =
      Octets.fromHex(
          "305b8001088208841097208320680683070313093226591885010a8a088493972073000201bb0580038090a3"
              + "9c010c9f320852000732015604f2bf35038301119f3605f5330300019f3707919720730002f19f3908"
              + "02015041318074610000");

  InitialDpArg initialDp;
  Octets encodedIdp;
  Octets realTraceIdp;
  TranslationTable table;
  SplittableRandom random;
  SsfService ssf;
  SccpAddress scp;
  int decisions;

  @Setup
  public void setUp() {
    initialDp =
        InitialDpArg.of(
            10,
            CalledPartyNumber.of(NatureOfAddress.NATIONAL, "08001234567"),
            CallingPartyNumber.of(NatureOfAddress.NATIONAL, "3021234567"));
    encodedIdp = InapCodec.encode(initialDp);
    realTraceIdp = REAL_TRACE_IDP.slice(0, REAL_TRACE_IDP.length() - 2);
    table =
        TranslationTable.builder()
            .entry("0800123", "toll-free, three call centres")
            .otherwise(
                Treatment.route(
                    RoutingTarget.to("302100100", 50),
                    RoutingTarget.to("302100200", 30),
                    RoutingTarget.to("302100300", 20)))
            .entry("0800", "toll-free unassigned")
            .otherwise(Treatment.release(16))
            .build();
    random = new SplittableRandom(1);

    DirectSccp[] sccp = DirectSccp.pair();
    SccpAddress ssp = SccpAddress.ofSsn(PointCode.itu(1001), Ssn.INAP);
    scp = SccpAddress.ofSsn(PointCode.itu(2002), Ssn.INAP);
    TcapStack sspTcap =
        new TcapStack(sccp[0], Ssn.INAP, DirectSccp.FROZEN_TIME, TcapConfig.defaults());
    TcapStack scpTcap =
        new TcapStack(sccp[1], Ssn.INAP, DirectSccp.FROZEN_TIME, TcapConfig.defaults());
    new ScfService(
            scpTcap,
            new NumberTranslation(
                table,
                DirectSccp.FROZEN_TIME,
                ZoneOffset.UTC,
                new SplittableRandom(2),
                java.util.Set.of()))
        .bind();
    ssf = new SsfService(sspTcap, DirectSccp.FROZEN_TIME, SsfConfig.defaults(ssp)).bind();
  }

  @Benchmark
  public Octets encodeInitialDp() {
    return InapCodec.encode(initialDp);
  }

  @Benchmark
  public InapArgument decodeInitialDp() throws MalformedMessageException {
    return InapCodec.decode(InapOperation.INITIAL_DP, encodedIdp);
  }

  @Benchmark
  public InapArgument decodeCamelInitialDpKeepingUnknownElements()
      throws MalformedMessageException {
    return InapCodec.decode(InapOperation.INITIAL_DP, realTraceIdp);
  }

  @Benchmark
  public Translation translate() {
    return table.translate("08001234567", java.time.LocalTime.NOON, random);
  }

  /** One whole query: SSF → TC-BEGIN InitialDP → SCF → translation → TC-END Connect → decision. */
  @Benchmark
  public int query() {
    ssf.initialDp(scp, initialDp, (call, d) -> decisions += d instanceof SsfDecision.Route ? 1 : 0);
    return decisions;
  }

  /** Quick check outside JMH that the query path really routes. */
  public static void main(String[] args) {
    InapBenchmark b = new InapBenchmark();
    b.setUp();
    for (int i = 0; i < 1000; i++) {
      b.query();
    }
    System.out.println(
        "routed "
            + b.decisions
            + " of 1000, open "
            + b.ssf.openCalls()
            + ", "
            + List.of(b.translate()));
  }
}
