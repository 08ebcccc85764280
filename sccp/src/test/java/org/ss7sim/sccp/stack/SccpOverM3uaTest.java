package org.ss7sim.sccp.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.m3ua.node.M3uaNode;
import org.ss7sim.m3ua.node.Tracer;
import org.ss7sim.m3ua.testing.StpNetwork;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.ProtocolClass;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataIndication;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.sccp.gtt.GlobalTitleTranslator;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.transport.injvm.Trampoline;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * The "done when", over the real M3UA: an MSC (PC 1001) and two HLRs (PC 2001 primary, 2002
 * backup) are ASPs of an STP (PC 100, M3UA SGP with one AS per node) that translates global titles.
 * The MSC and the HLR reach each other by GT only; when HLR1's association goes down the STP's M3UA
 * gives MTP-PAUSE and the STP's GTT takes the backup; when it comes back, the primary. Every M3UA
 * message goes to a pcap that tshark decodes without a malformed frame. In-JVM transport, virtual
 * clock, one run-to-completion thread.
 */
class SccpOverM3uaTest {
  private static final int SGP_PORT = 2905;
  private static final PointCode STP = StpNetwork.STP;
  private static final PointCode MSC = GtNetwork.MSC;
  private static final PointCode HLR1 = GtNetwork.HLR1;
  private static final PointCode HLR2 = GtNetwork.HLR2;

  private final VirtualClock clock = new VirtualClock();
  private final List<Runnable> traced = new ArrayList<>();

  /** Every M3UA message the node {@code pc} sends or receives, for the pcap. */
  private Tracer tracer(PointCode pc, PcapWriter pcap) {
    Endpoint self = Endpoint.of("10.0.0." + (pc.value() % 250), 30000 + pc.value());
    Endpoint stp = Endpoint.of("10.0.0.100", SGP_PORT);
    return (link, outbound, stream, message) ->
        traced.add(
            () ->
                pcap.writeM3ua(
                    clock.currentTimeMillis() * 1000 + traced.size(),
                    outbound ? self : stp,
                    outbound ? stp : self,
                    stream,
                    message));
  }

  @Test
  void msc_and_hlr_reach_each_other_by_gt_through_the_stp_and_the_backup_takes_over(
      @TempDir Path dir) throws Exception {
    Path pcapFile = dir.resolve("sccp-over-m3ua.pcap");
    PcapWriter pcap = PcapWriter.create(pcapFile);

    // the STP (PC 100) with one AS per node (routing contexts 1, 2, 3 in this order)
    StpNetwork net =
        new StpNetwork(clock).add(MSC).add(HLR1).add(HLR2).tracers(pc -> tracer(pc, pcap)).start();
    M3uaNode stpM3ua = net.stp();
    M3uaNode mscM3ua = net.node(MSC);
    M3uaNode hlr1M3ua = net.node(HLR1);
    M3uaNode hlr2M3ua = net.node(HLR2);
    Trampoline loop = net.loop();

    SccpStackConfig edge =
        SccpStackConfig.defaults()
            .withTranslator(GlobalTitleTranslator.parse(GtNetwork.EDGE_RULES))
            .withConcernedPointCodes(List.of(STP));
    SccpStack stp =
        new SccpStack(
            stpM3ua,
            clock,
            SccpStackConfig.defaults()
                .withTranslator(GlobalTitleTranslator.parse(GtNetwork.STP_RULES)));
    SccpStack msc = new SccpStack(mscM3ua, clock, edge);
    SccpStack hlr1 = new SccpStack(hlr1M3ua, clock, edge);
    SccpStack hlr2 = new SccpStack(hlr2M3ua, clock, edge);
    RecordingUser mscUser = new RecordingUser();
    RecordingUser hlr1User = new RecordingUser();
    RecordingUser hlr2User = new RecordingUser();

    assertThat(stpM3ua.accessible(HLR1)).isTrue();
    msc.register(Ssn.MSC, mscUser);
    hlr1.register(Ssn.HLR, hlr1User);
    hlr2.register(Ssn.HLR, hlr2User);
    net.settle();

    // 1: MSC -> STP (GTT) -> HLR1, and the answer back by the calling GT
    Octets begin = SccpPcapConformanceTest.tcapBegin(1, 0x3b, 8);
    msc.unitdata(
        new UnitdataRequest(
            GtNetwork.HLR_GT, GtNetwork.MSC_GT, ProtocolClass.CLASS_1, 2, true, begin));
    net.settle();
    assertThat(hlr1User.unitdata).extracting(UnitdataIndication::data).containsExactly(begin);
    UnitdataIndication in = hlr1User.unitdata.get(0);
    assertThat(in.called().routingIndicator()).isEqualTo(RoutingIndicator.ROUTE_ON_SSN);
    assertThat(in.calling()).isEqualTo(GtNetwork.MSC_GT);
    Octets end = SccpPcapConformanceTest.tcapBegin(2, 0x3b, 8);
    hlr1.unitdata(
        new UnitdataRequest(in.calling(), in.called(), ProtocolClass.CLASS_1, 2, false, end));
    net.settle();
    assertThat(mscUser.unitdata).extracting(UnitdataIndication::data).containsExactly(end);

    // 2: HLR1's association goes down: after T(r) the STP's M3UA pauses PC 2001, GTT takes HLR2
    hlr1M3ua.stop();
    clock.advance(Duration.ofMillis(600));
    assertThat(stp.subsystemManagement().pointCodeAccessible(HLR1)).isFalse();
    Octets second = SccpPcapConformanceTest.tcapBegin(3, 0x3b, 8);
    msc.unitdata(
        new UnitdataRequest(
            GtNetwork.HLR_GT, GtNetwork.MSC_GT, ProtocolClass.CLASS_1, 2, true, second));
    net.settle();
    assertThat(hlr2User.unitdata).extracting(UnitdataIndication::data).containsExactly(second);
    assertThat(hlr1User.unitdata).hasSize(1);
    assertThat(mscUser.notices).isEmpty();

    // 3: HLR1 comes back: MTP-RESUME, traffic returns to the primary
    hlr1M3ua.start();
    net.settle();
    net.settle();
    assertThat(stp.subsystemManagement().pointCodeAccessible(HLR1)).isTrue();
    Octets third = SccpPcapConformanceTest.tcapBegin(4, 0x3b, 8);
    msc.unitdata(
        new UnitdataRequest(
            GtNetwork.HLR_GT, GtNetwork.MSC_GT, ProtocolClass.CLASS_1, 2, true, third));
    net.settle();
    assertThat(hlr1User.unitdata)
        .extracting(UnitdataIndication::data)
        .containsExactly(begin, third);
    assertThat(stp.counters().get(SccpCounter.RELAYED)).isEqualTo(4);
    assertThat(loop.failures()).isZero();

    net.stop();
    traced.forEach(Runnable::run);
    pcap.close();

    Tshark.assumeInstalled();
    assertThat(Tshark.malformedFrames(pcapFile, List.of()))
        .as(() -> Tshark.verbose(pcapFile, List.of()))
        .isEmpty();
    List<List<String>> data =
        Tshark.fields(
            pcapFile,
            List.of("-Y", "sccp && !sccpmg"),
            "mtp3.opc",
            "mtp3.dpc",
            "sccp.called.ssn",
            "sccp.calling.ssn",
            "sccp.called.digits",
            "sccp.calling.digits",
            "sccp.called.ri");
    // each user message crosses two links (edge -> STP on GT, STP -> edge on SSN): 4 messages
    // (the tracer may record a delivery before the send that caused it, so order is not asserted)
    assertThat(data)
        .extracting(r -> String.join(" ", r))
        .containsExactlyInAnyOrder(
            "1001 100 6 8 999770000001 999880000001 0x00",
            "100 2001 6 8 999770000001 999880000001 0x01",
            "2001 100 8 6 999880000001 999770000001 0x00",
            "100 1001 8 6 999880000001 999770000001 0x01",
            "1001 100 6 8 999770000001 999880000001 0x00",
            "100 2002 6 8 999770000001 999880000001 0x01",
            "1001 100 6 8 999770000001 999880000001 0x00",
            "100 2001 6 8 999770000001 999880000001 0x01");
    assertThat(Tshark.protocols(pcapFile, List.of("-Y", "m3ua.protocol_data_si == 3")))
        .hasSizeGreaterThanOrEqualTo(8)
        .allSatisfy(p -> assertThat(p).contains("m3ua:sccp"));
  }
}
