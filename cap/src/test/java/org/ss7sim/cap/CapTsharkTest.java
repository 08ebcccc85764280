package org.ss7sim.cap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.cap.message.ApplyChargingArg;
import org.ss7sim.cap.message.ApplyChargingReportArg;
import org.ss7sim.cap.message.BcsmEvent;
import org.ss7sim.cap.message.CalledPartyBcdNumber;
import org.ss7sim.cap.message.CalledPartyNumber;
import org.ss7sim.cap.message.CallingPartyNumber;
import org.ss7sim.cap.message.CapArgument;
import org.ss7sim.cap.message.CapCodec;
import org.ss7sim.cap.message.CapOperation;
import org.ss7sim.cap.message.Cause;
import org.ss7sim.cap.message.EventReportBcsmArg;
import org.ss7sim.cap.message.EventReportSmsArg;
import org.ss7sim.cap.message.EventSpecificInformationBcsm;
import org.ss7sim.cap.message.EventSpecificInformationSms;
import org.ss7sim.cap.message.EventTypeBcsm;
import org.ss7sim.cap.message.EventTypeSms;
import org.ss7sim.cap.message.InitialDpArg;
import org.ss7sim.cap.message.InitialDpSmsArg;
import org.ss7sim.cap.message.LegId;
import org.ss7sim.cap.message.MiscCallInfo;
import org.ss7sim.cap.message.MonitorMode;
import org.ss7sim.cap.message.NoArgument;
import org.ss7sim.cap.message.ReleaseCallArg;
import org.ss7sim.cap.message.ReleaseSmsArg;
import org.ss7sim.cap.message.RequestReportBcsmEventArg;
import org.ss7sim.cap.message.RequestReportSmsEventArg;
import org.ss7sim.cap.message.SmsEvent;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.dialogue.Aare;
import org.ss7sim.tcap.dialogue.Aarq;
import org.ss7sim.tcap.dialogue.DialoguePortion;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.Continue;
import org.ss7sim.tcap.message.End;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.tcap.message.TransactionId;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.testkit.SigtranFrames;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * What our CAP codecs write, as tshark 4.0's camel dissector reads it: a prepaid call dialogue and
 * two MO-SMS dialogues built from records, wrapped in TCAP, SCCP UDT and M3UA DATA by hand (SSN
 * 146, the CAP SSN of TS 23.003), written to a pcap, dissected field by field, with no malformed
 * frame and no expert warning.
 */
class CapTsharkTest {
  static final Endpoint MSC = Endpoint.of("10.0.0.1", 40001);
  static final Endpoint SCP = Endpoint.of("10.0.0.2", 2905);
  static final int MSC_PC = 1001;
  static final int SCP_PC = 2002;
  static final int SSN = 146;

  /** One message on the wire: from the gsmSSF (MSC) or from the gsmSCF. */
  record Frame(boolean fromSsf, TcMessage message) {}

  static Invoke invoke(int id, CapArgument a) {
    return new Invoke(InvokeId.of(id), null, a.operation().opCode(), CapCodec.encode(a));
  }

  static DialoguePortion aarq(ObjectIdentifier acn) {
    return new DialoguePortion(Aarq.of(acn, null));
  }

  static DialoguePortion aare(ObjectIdentifier acn) {
    return new DialoguePortion(Aare.accepted(acn, null));
  }

  static Path write(Path pcap, List<Frame> frames) throws Exception {
    try (PcapWriter w = PcapWriter.create(pcap)) {
      long t = 1_767_607_200_000_000L;
      for (Frame f : frames) {
        Octets tcap = TcMessageCodec.encode(f.message());
        int opc = f.fromSsf() ? MSC_PC : SCP_PC;
        int dpc = f.fromSsf() ? SCP_PC : MSC_PC;
        w.writeM3ua(
            t += 1000,
            f.fromSsf() ? MSC : SCP,
            f.fromSsf() ? SCP : MSC,
            1,
            SigtranFrames.m3uaUdt(opc, dpc, SSN, SSN, tcap));
      }
    }
    return pcap;
  }

  /** tshark's CAMEL SSNs are 6-9 by default; ours is 146. */
  static final List<String> OPTIONS = List.of("-o", "camel.tcap.ssn:146");

  @Test
  void tshark_decodes_a_prepaid_call_and_mo_sms_dialogues(@TempDir Path dir) throws Exception {
    Tshark.assumeInstalled();
    TransactionId ssf = TransactionId.of(0x0101);
    TransactionId scf = TransactionId.of(0x0202);
    var v2 = CapApplicationContext.CAP_V2_GSMSSF_TO_GSMSCF;
    InitialDpArg idp =
        InitialDpArg.collectedInfo(
            42,
            CalledPartyNumber.of(CalledPartyNumber.INTERNATIONAL, "15551234567"),
            CallingPartyNumber.of(CalledPartyNumber.INTERNATIONAL, "15550000111"),
            new Imsi("001010000000001"));
    List<Frame> frames = new ArrayList<>();
    frames.add(new Frame(true, new Begin(ssf, aarq(v2), List.of(invoke(1, idp)))));
    List<Component> instructions =
        List.of(
            invoke(
                1,
                RequestReportBcsmEventArg.of(
                    BcsmEvent.of(
                        EventTypeBcsm.O_ANSWER, MonitorMode.NOTIFY_AND_CONTINUE, LegId.sending(2)),
                    BcsmEvent.of(
                        EventTypeBcsm.O_DISCONNECT, MonitorMode.INTERRUPTED, LegId.sending(1)),
                    BcsmEvent.of(
                        EventTypeBcsm.O_DISCONNECT, MonitorMode.INTERRUPTED, LegId.sending(2)))),
            invoke(2, ApplyChargingArg.of(300, true)),
            invoke(3, NoArgument.CONTINUE));
    frames.add(new Frame(false, new Continue(scf, ssf, aare(v2), instructions)));
    frames.add(
        new Frame(
            true,
            new Continue(
                ssf,
                scf,
                null,
                List.of(
                    invoke(
                        2,
                        EventReportBcsmArg.of(
                            EventTypeBcsm.O_ANSWER,
                            null,
                            LegId.receiving(2),
                            MiscCallInfo.NOTIFICATION)),
                    invoke(3, ApplyChargingReportArg.of(300, true))))));
    frames.add(
        new Frame(
            true,
            new Continue(
                ssf,
                scf,
                null,
                List.of(
                    invoke(
                        4,
                        EventReportBcsmArg.of(
                            EventTypeBcsm.O_DISCONNECT,
                            EventSpecificInformationBcsm.of(
                                EventSpecificInformationBcsm.O_DISCONNECT,
                                Cause.of(Cause.NORMAL_CLEARING)),
                            LegId.receiving(1),
                            MiscCallInfo.REQUEST))))));
    frames.add(
        new Frame(
            false,
            new End(ssf, null, List.of(invoke(4, ReleaseCallArg.of(Cause.NORMAL_CLEARING))))));

    // MO-SMS: InitialDPSMS → RequestReportSMSEvent + ContinueSMS → EventReportSMS
    var sms = CapApplicationContext.CAP_V3_SMS;
    TransactionId ssf2 = TransactionId.of(0x0303);
    TransactionId scf2 = TransactionId.of(0x0404);
    InitialDpSmsArg idpSms =
        InitialDpSmsArg.collectedInfo(
            100,
            CalledPartyBcdNumber.international("15551234567"),
            AddressString.international("15550000111"),
            new Imsi("001010000000001"),
            AddressString.international("15550000009"));
    frames.add(new Frame(true, new Begin(ssf2, aarq(sms), List.of(invoke(1, idpSms)))));
    frames.add(
        new Frame(
            false,
            new Continue(
                scf2,
                ssf2,
                aare(sms),
                List.of(
                    invoke(
                        1,
                        RequestReportSmsEventArg.of(
                            SmsEvent.of(
                                EventTypeSms.O_SMS_FAILURE, MonitorMode.NOTIFY_AND_CONTINUE),
                            SmsEvent.of(
                                EventTypeSms.O_SMS_SUBMISSION, MonitorMode.NOTIFY_AND_CONTINUE))),
                    invoke(2, NoArgument.CONTINUE_SMS)))));
    frames.add(
        new Frame(
            true,
            new End(
                scf2,
                null,
                List.of(
                    invoke(
                        2,
                        EventReportSmsArg.of(
                            EventTypeSms.O_SMS_SUBMISSION,
                            EventSpecificInformationSms.moSubmitted(),
                            MiscCallInfo.NOTIFICATION))))));
    // MO-SMS refused: InitialDPSMS → ReleaseSMS
    TransactionId ssf3 = TransactionId.of(0x0505);
    frames.add(new Frame(true, new Begin(ssf3, aarq(sms), List.of(invoke(1, idpSms)))));
    frames.add(
        new Frame(
            false,
            new End(
                ssf3,
                aare(sms),
                List.of(invoke(1, new ReleaseSmsArg(ReleaseSmsArg.SM_TRANSFER_REJECTED))))));

    Path pcap = write(dir.resolve("cap.pcap"), frames);
    List<List<String>> rows =
        Tshark.fields(
            pcap,
            OPTIONS,
            "frame.protocols",
            "camel.local",
            "camel.serviceKey",
            "isup.called",
            "isup.calling",
            "camel.eventTypeBCSM",
            "camel.maxCallPeriodDuration",
            "camel.timeIfNoTariffSwitch",
            "camel.eventTypeSMS",
            "camel.RP_Cause");
    String camel = "eth:ethertype:ip:sctp:m3ua:sccp:tcap:camel";
    String dump = Tshark.verbose(pcap, OPTIONS);
    assertThat(rows)
        .as(dump)
        .containsExactly(
            List.of(camel, "0", "42", "15551234567", "15550000111", "2", "", "", "", ""),
            List.of(camel + ":camel:camel", "23,35,31", "", "", "", "7,9,9", "300", "", "", ""),
            List.of(camel + ":camel", "24,36", "", "", "", "7", "", "300", "", ""),
            List.of(camel, "24", "", "", "", "9", "", "", "", ""),
            List.of(camel, "22", "", "", "", "", "", "", "", ""),
            List.of(camel, "60", "100", "", "", "", "", "", "1", ""),
            List.of(camel + ":camel", "63,65", "", "", "", "", "", "", "2,3", ""),
            List.of(camel, "64", "", "", "", "", "", "", "3", ""),
            List.of(camel, "60", "100", "", "", "", "", "", "1", ""),
            List.of(camel, "66", "", "", "", "", "", "", "", "21"));
    assertThat(Tshark.malformedFrames(pcap, OPTIONS)).as(dump).isEmpty();
    assertThat(Tshark.warningFrames(pcap, OPTIONS)).as(dump).isEmpty();
  }

  /** The hand-written golden arguments, in TCAP messages, as tshark reads them. */
  @Test
  void tshark_reads_our_hand_written_golden_arguments_as_annotated(@TempDir Path dir)
      throws Exception {
    Tshark.assumeInstalled();
    record Golden(CapOperation op, String file) {}
    List<Golden> call =
        List.of(
            new Golden(CapOperation.APPLY_CHARGING, "apply-charging-release.hex"),
            new Golden(CapOperation.CALL_INFORMATION_REQUEST, "call-information-request.hex"),
            new Golden(
                CapOperation.FURNISH_CHARGING_INFORMATION, "furnish-charging-information.hex"),
            new Golden(CapOperation.RESET_TIMER, "reset-timer.hex"),
            new Golden(CapOperation.CALL_INFORMATION_REPORT, "call-information-report.hex"));
    List<Golden> sms =
        List.of(
            new Golden(CapOperation.INITIAL_DP_SMS, "initial-dp-sms.hex"),
            new Golden(CapOperation.REQUEST_REPORT_SMS_EVENT, "request-report-sms-event.hex"),
            new Golden(CapOperation.CONNECT_SMS, "connect-sms.hex"),
            new Golden(CapOperation.EVENT_REPORT_SMS, "event-report-sms.hex"),
            new Golden(CapOperation.RELEASE_SMS, "release-sms.hex"));
    List<Frame> frames = new ArrayList<>();
    int tid = 0x10;
    for (List<Golden> group : List.of(call, sms)) {
      var acn =
          group == call
              ? CapApplicationContext.CAP_V2_GSMSSF_TO_GSMSCF
              : CapApplicationContext.CAP_V3_SMS;
      for (Golden g : group) {
        Octets p = GoldenVectors.hexResource(CapTsharkTest.class, "/golden/cap/" + g.file());
        Invoke i = new Invoke(InvokeId.of(1), null, g.op().opCode(), p);
        // each in its own TC-BEGIN, so that tshark has the application context for every one
        frames.add(new Frame(true, new Begin(TransactionId.of(tid++), aarq(acn), List.of(i))));
      }
    }
    frames.add(
        new Frame(
            false,
            new Begin(
                TransactionId.of(tid),
                aarq(CapApplicationContext.CAP_V2_GSMSSF_TO_GSMSCF),
                List.of(invoke(1, NoArgument.ACTIVITY_TEST)))));
    Path pcap = write(dir.resolve("golden.pcap"), frames);
    List<List<String>> rows =
        Tshark.fields(
            pcap,
            OPTIONS,
            "camel.local",
            "camel.maxCallPeriodDuration",
            "camel.RequestedInformationType",
            "camel.requestedInformationType",
            "camel.freeFormatData",
            "camel.timervalue",
            "camel.serviceKey",
            "camel.eventTypeSMS",
            "camel.RP_Cause",
            "camel.sMSCAddress");
    String dump = Tshark.verbose(pcap, OPTIONS);
    assertThat(rows)
        .as(dump)
        .containsExactly(
            List.of("35", "36000", "", "", "", "", "", "", "", ""),
            List.of("45", "", "2,30", "", "", "", "", "", "", ""),
            List.of("34", "", "", "", "73733773696d", "", "", "", "", ""),
            List.of("33", "", "", "", "", "30", "", "", "", ""),
            List.of("44", "", "", "2,30", "", "", "", "", "", ""),
            List.of("60", "", "", "", "", "", "100", "1", "", "915155000000f9"),
            List.of("63", "", "", "", "", "", "", "2,3", "", ""),
            List.of("62", "", "", "", "", "", "", "", "", ""),
            List.of("64", "", "", "", "", "", "", "3", "", ""),
            List.of("66", "", "", "", "", "", "", "", "21", ""),
            List.of("55", "", "", "", "", "", "", "", "", ""));
    assertThat(Tshark.malformedFrames(pcap, OPTIONS)).as(dump).isEmpty();
  }
}
