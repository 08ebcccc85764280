package org.ss7sim.inap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.inap.message.ApplyChargingArg;
import org.ss7sim.inap.message.BcsmEvent;
import org.ss7sim.inap.message.CalledPartyNumber;
import org.ss7sim.inap.message.CallingPartyNumber;
import org.ss7sim.inap.message.ConnectArg;
import org.ss7sim.inap.message.Continue;
import org.ss7sim.inap.message.EventTypeBcsm;
import org.ss7sim.inap.message.InitialDpArg;
import org.ss7sim.inap.message.LegId;
import org.ss7sim.inap.message.MonitorMode;
import org.ss7sim.inap.message.NatureOfAddress;
import org.ss7sim.inap.message.RequestReportBcsmEventArg;
import org.ss7sim.inap.scf.ScfAnswer;
import org.ss7sim.inap.scf.ScfService;
import org.ss7sim.inap.scp.NumberTranslation;
import org.ss7sim.inap.scp.RoutingTarget;
import org.ss7sim.inap.scp.TranslationTable;
import org.ss7sim.inap.scp.Treatment;
import org.ss7sim.inap.ssf.SsfCall;
import org.ss7sim.inap.ssf.SsfConfig;
import org.ss7sim.inap.ssf.SsfService;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.tcap.TcapConfig;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.dialogue.Aarq;
import org.ss7sim.tcap.dialogue.DialoguePortion;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.End;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.tcap.message.TransactionId;
import org.ss7sim.tcap.testing.FakeSccpNetwork;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.testkit.SigtranFrames;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * What our SSF and SCF send, as tshark 4.0 sees it: the messages of real flows over the TCAP stack
 * (InitialDP → Connect, InitialDP → ReleaseCall, InitialDP → RequestReportBCSMEvent + Connect,
 * EventReportBCSM) wrapped in SCCP UDT and M3UA DATA, written to a pcap and dissected. tshark finds
 * INAP through the application context name and SSN 241 (its default INAP SSNs are 106 and 241).
 */
class InapTsharkTest {
  static final Endpoint SSP = Endpoint.of("10.0.0.1", 40001);
  static final Endpoint SCP = Endpoint.of("10.0.0.2", 2905);

  @Test
  void tshark_decodes_our_inap_flows_without_a_malformed_frame(@TempDir Path dir) throws Exception {
    Tshark.assumeInstalled();
    VirtualClock clock = new VirtualClock(Instant.parse("2026-01-05T10:00:00Z"));
    FakeSccpNetwork net = new FakeSccpNetwork(InapAddresses.SSP, InapAddresses.SCP);
    TcapStack sspTcap = new TcapStack(net.a, Ssn.INAP, clock, TcapConfig.defaults());
    TcapStack scpTcap = new TcapStack(net.b, Ssn.INAP, clock, TcapConfig.defaults());
    TranslationTable table =
        TranslationTable.builder()
            .entry("0800123", "toll-free")
            .otherwise(Treatment.route(RoutingTarget.to("302100100")))
            .build();
    NumberTranslation translation =
        new NumberTranslation(table, clock, ZoneOffset.UTC, new Random(1), Set.of());
    new ScfService(scpTcap, (id, idp) -> answer(idp, translation, id)).bind();
    SsfService ssf = new SsfService(sspTcap, clock, SsfConfig.defaults(InapAddresses.SSP)).bind();
    CallingPartyNumber calling = CallingPartyNumber.of(NatureOfAddress.NATIONAL, "3021234567");
    for (String dialled : List.of("08001234567", "0800999", "0800777")) {
      ssf.initialDp(
          InapAddresses.SCP,
          InitialDpArg.of(42, CalledPartyNumber.of(NatureOfAddress.NATIONAL, dialled), calling),
          (c, d) -> {});
      net.pump();
    }
    SsfCall monitored =
        ssf.initialDp(
            InapAddresses.SCP,
            InitialDpArg.of(42, CalledPartyNumber.of(NatureOfAddress.NATIONAL, "0800555"), calling),
            (c, d) -> {});
    net.pump();
    monitored.reportEvent(EventTypeBcsm.O_DISCONNECT, LegId.receiving(1));
    net.pump();

    Path pcap = dir.resolve("inap.pcap");
    try (PcapWriter w = PcapWriter.create(pcap)) {
      long t = 1_767_607_200_000_000L;
      for (UnitdataRequest r : net.wire) {
        boolean fromSsp = r.calling().pointCode().equals(InapAddresses.SSP.pointCode());
        w.writeM3ua(
            t += 1000,
            fromSsp ? SSP : SCP,
            fromSsp ? SCP : SSP,
            1,
            SigtranFrames.m3uaUdt(
                r.calling().pointCode().value(),
                r.called().pointCode().value(),
                r.calling().ssn().value(),
                r.called().ssn().value(),
                r.data()));
      }
    }
    assertThat(net.wire).hasSize(9);
    List<List<String>> rows =
        Tshark.fields(
            pcap,
            List.of(),
            "frame.protocols",
            "inap.code.local",
            "inap.serviceKey",
            "isup.called",
            "isup.calling",
            "inap.cause_indicator",
            "inap.eventTypeBCSM");
    String inap = "eth:ethertype:ip:sctp:m3ua:sccp:tcap:inap";
    assertThat(rows)
        .containsExactly(
            // TC-BEGIN InitialDP: service key, dialled and calling numbers, DP collectedInfo
            List.of(inap, "0", "42", "08001234567", "3021234567", "", "2"),
            // TC-END Connect to the routing number
            List.of(inap, "20", "", "302100100", "", "", ""),
            List.of(inap, "0", "42", "0800999", "3021234567", "", "2"),
            // TC-END ReleaseCall, cause 1 (unallocated number) for the unknown number
            List.of(inap, "22", "", "", "", "1", ""),
            List.of(inap, "0", "42", "0800777", "3021234567", "", "2"),
            // TC-END Continue
            List.of(inap, "31", "", "", "", "", ""),
            List.of(inap, "0", "42", "0800555", "3021234567", "", "2"),
            // TC-CONTINUE RequestReportBCSMEvent (oDisconnect) + ApplyCharging + Connect
            List.of(inap + ":inap:inap", "23,35,20", "", "302100555", "", "", "9"),
            // TC-END EventReportBCSM oDisconnect
            List.of(inap, "24", "", "", "", "", "9"));
    assertThat(Tshark.malformedFrames(pcap, List.of())).isEmpty();
    assertThat(Tshark.warningFrames(pcap, List.of())).isEmpty();
  }

  /** 0800555: arm oDisconnect, charge and connect; 0800777: continue; else the table. */
  static ScfAnswer answer(InitialDpArg idp, NumberTranslation translation, long id) {
    String digits = idp.calledPartyNumber().digits();
    if (digits.startsWith("0800555")) {
      return new ScfAnswer.Instructions(
          List.of(
              RequestReportBcsmEventArg.of(
                  BcsmEvent.of(
                      EventTypeBcsm.O_DISCONNECT,
                      MonitorMode.NOTIFY_AND_CONTINUE,
                      LegId.sending(2))),
              new ApplyChargingArg(Octets.fromHex("a0038001ff"), LegId.sending(1), List.of()),
              ConnectArg.to(CalledPartyNumber.of(NatureOfAddress.NATIONAL, "302100555"))));
    }
    if (digits.startsWith("0800777")) {
      return new ScfAnswer.Instructions(List.of(Continue.INSTANCE));
    }
    return translation.onInitialDp(id, idp);
  }

  /** The annotated golden bytes of InapCodecTest, in TCAP messages, as tshark reads them. */
  @Test
  void tshark_reads_our_annotated_golden_arguments_as_annotated(@TempDir Path dir)
      throws Exception {
    Tshark.assumeInstalled();
    Class<?> anchor = InapTsharkTest.class;
    Octets idp = GoldenVectors.hexResource(anchor, "/golden/inap/initial-dp.hex");
    Octets connect = GoldenVectors.hexResource(anchor, "/golden/inap/connect.hex");
    Octets release = GoldenVectors.hexResource(anchor, "/golden/inap/release-call.hex");
    var acn = new DialoguePortion(Aarq.of(InapApplicationContext.CORE_INAP_CS1_SSP_TO_SCP, null));
    List<TcMessage> messages =
        List.of(
            new Begin(TransactionId.of(1), acn, List.of(invoke(0, idp))),
            new End(TransactionId.of(1), null, List.of(invoke(20, connect))),
            new End(TransactionId.of(2), null, List.of(invoke(22, release))));
    Path pcap = dir.resolve("golden.pcap");
    try (PcapWriter w = PcapWriter.create(pcap)) {
      long t = 1_767_607_200_000_000L;
      for (var m : messages) {
        Octets tcap = TcMessageCodec.encode(m);
        w.writeM3ua(t += 1000, SSP, SCP, 1, SigtranFrames.m3uaUdt(1001, 2002, 241, 241, tcap));
      }
    }
    List<List<String>> rows =
        Tshark.fields(
            pcap,
            List.of(),
            "inap.code.local",
            "inap.serviceKey",
            "isup.called",
            "isup.calling",
            "inap.eventTypeBCSM",
            "inap.cause_indicator");
    assertThat(rows)
        .containsExactly(
            List.of("0", "10", "08001234567", "3021234567", "2", ""),
            List.of("20", "", "302100100", "", "", ""),
            List.of("22", "", "", "", "", "1"));
    assertThat(Tshark.malformedFrames(pcap, List.of())).isEmpty();
  }

  static Invoke invoke(int opcode, Octets parameter) {
    return new Invoke(InvokeId.of(1), null, OperationCode.local(opcode), parameter);
  }
}
