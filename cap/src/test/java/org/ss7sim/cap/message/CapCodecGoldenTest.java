package org.ss7sim.cap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * Golden vectors. Third-party: the CAP rows of testdata/vectors/tcap.tsv, i.e. the CAMEL messages
 * of Wireshark's camel.pcap / camel2.pcap (via pycrate) and jSS7's TcBeginTest.testRealTrace (a
 * real InitialDP). Ours: the annotated hex files under golden/cap/ for the operations no
 * third-party vector has, each citing the TS 29.078 clause it was written from. Every argument is
 * decoded, compared field by field with the bytes as annotated here, and re-encoded to the
 * identical bytes.
 */
class CapCodecGoldenTest {

  static List<Invoke> invokes(String vector) throws MalformedMessageException {
    TcMessage m = TcMessageCodec.decode(GoldenVectors.named("tcap.tsv", vector).bytes());
    return m.components().stream().filter(c -> c instanceof Invoke).map(c -> (Invoke) c).toList();
  }

  /** Decodes an invoke's argument and checks it re-encodes to the same bytes. */
  static CapArgument roundTrip(Invoke invoke) throws MalformedMessageException {
    CapOperation op = CapOperation.ofCode(invoke.opCode());
    assertThat(op).as("operation %s", invoke.opCode()).isNotNull();
    CapArgument arg = CapCodec.decode(op, invoke.parameter());
    assertThat(arg.operation()).isEqualTo(op);
    assertThat(CapCodec.encode(arg)).isEqualTo(invoke.parameter());
    return arg;
  }

  static CapArgument golden(CapOperation op, String file) throws MalformedMessageException {
    Octets bytes = GoldenVectors.hexResource(CapCodecGoldenTest.class, "/golden/cap/" + file);
    CapArgument arg = CapCodec.decode(op, bytes);
    assertThat(arg.operation()).isEqualTo(op);
    assertThat(CapCodec.encode(arg)).isEqualTo(bytes);
    return arg;
  }

  @Nested
  class InitialDp {
    @Test
    void real_trace_initial_dp_at_term_attempt_authorized() throws Exception {
      InitialDpArg a =
          (InitialDpArg) roundTrip(invokes("jss7-TcBeginTest-testRealTrace-TCAP").get(0));
      assertThat(a.serviceKey()).isEqualTo(8);
      // 82 08 | 84 10 | 97 20 83 20 68 06: odd, international, ISDN, 11 digits, filler 0
      assertThat(a.calledPartyNumber())
          .isEqualTo(new CalledPartyNumber(4, false, 1, "79023802866", 0, 0));
      // 83 07 | 03 13 | 09 32 26 59 18: even, national, ISDN, allowed, network provided
      assertThat(a.callingPartyNumber())
          .isEqualTo(new CallingPartyNumber(3, false, 1, 0, 3, "9023629581", 0));
      assertThat(a.callingPartysCategory()).isEqualTo(0x0a);
      assertThat(a.eventTypeBcsm()).isEqualTo(EventTypeBcsm.TERM_ATTEMPT_AUTHORIZED);
      // 9f 32 08 | 52 00 07 32 01 56 04 f2
      assertThat(a.imsi()).isEqualTo(new Imsi("250070231065402"));
      assertThat(a.callReferenceNumber()).isEqualTo(Octets.fromHex("f533030001"));
      // 9f 37 07 | 91 | 97 20 73 00 02 f1
      assertThat(a.mscAddress()).isEqualTo(AddressString.international("79023700201"));
      assertThat(a.calledPartyBcdNumber()).isNull();
      assertThat(a.timeAndTimezone()).isEqualTo(Octets.fromHex("0201504131807461"));
      // locationNumber [10], bearerCapability [27], ext-basicServiceCode [53]
      assertThat(a.unmodelled())
          .extracting(e -> e.encoding().get(0))
          .containsExactly(0x8a, 0xbb, 0xbf);
    }

    @Test
    void camel_pcap_initial_dp_with_location_information_and_bcd_called_number() throws Exception {
      InitialDpArg a = (InitialDpArg) roundTrip(invokes("pycrate-pkts_tcap_cap-0").get(0));
      assertThat(a.serviceKey()).isEqualTo(42);
      assertThat(a.calledPartyNumber()).isNull();
      // 83 08 | 84 11 | 14 87 09 50 40 f7: odd, the last high nibble is F, user provided verified
      assertThat(a.callingPartyNumber())
          .isEqualTo(new CallingPartyNumber(4, false, 1, 0, 1, "41789005047", 15));
      assertThat(a.eventTypeBcsm()).isEqualTo(EventTypeBcsm.COLLECTED_INFO);
      assertThat(a.imsi()).isEqualTo(new Imsi("41787552689"));
      assertThat(a.mscAddress()).isEqualTo(AddressString.international("33662000000"));
      // 9f 38 07 | 11 | 14 87 08 50 40 f7: the extension bit is 0 as the MSC sent it
      assertThat(a.calledPartyBcdNumber()).isEqualTo(new CalledPartyBcdNumber(0x11, "41788005047"));
      assertThat(a.calledPartyBcdNumber().typeOfNumber()).isEqualTo(1);
      // locationInformation [52] is kept whole
      assertThat(a.unmodelled()).hasSize(1);
      assertThat(a.unmodelled().get(0).encoding().slice(0, 3)).isEqualTo(Octets.fromHex("bf3414"));
    }

    @Test
    void camel_pcap_initial_dp_with_inn_st_digit_and_redirection() throws Exception {
      InitialDpArg a = (InitialDpArg) roundTrip(invokes("pycrate-pkts_tcap_cap-5").get(0));
      assertThat(a.serviceKey()).isEqualTo(110);
      // 82 08 | 83 90 | 21 72 10 90 00 0f: INN set, ST (f) as the last digit
      assertThat(a.calledPartyNumber())
          .isEqualTo(new CalledPartyNumber(3, true, 1, "1227010900f", 0, 0));
      // 83 03 | 03 97 | 57: NI set, presentation restricted, network provided
      assertThat(a.callingPartyNumber())
          .isEqualTo(new CallingPartyNumber(3, true, 1, 1, 3, "75", 0));
      assertThat(a.imsi()).isEqualTo(new Imsi("607029900140199"));
      assertThat(a.mscAddress()).isEqualTo(AddressString.international("2207750007"));
      // originalCalledPartyID [12], bearerCapability [27], redirectingPartyID [29],
      // redirectionInformation [30], ext-basicServiceCode [53], initialDPArgExtension [59]
      assertThat(a.unmodelled())
          .extracting(e -> e.encoding().get(0))
          .containsExactly(0x8c, 0xbb, 0x9d, 0x9e, 0xbf, 0xbf);
    }
  }

  @Nested
  class CallControl {
    @Test
    void request_report_bcsm_event_apply_charging_and_continue_in_one_continue() throws Exception {
      List<Invoke> inv = invokes("pycrate-pkts_tcap_cap-1");
      RequestReportBcsmEventArg rrb = (RequestReportBcsmEventArg) roundTrip(inv.get(0));
      assertThat(rrb.bcsmEvents())
          .containsExactly(
              BcsmEvent.of(
                  EventTypeBcsm.ROUTE_SELECT_FAILURE, MonitorMode.INTERRUPTED, LegId.sending(2)),
              BcsmEvent.of(
                  EventTypeBcsm.O_CALLED_PARTY_BUSY, MonitorMode.INTERRUPTED, LegId.sending(2)),
              BcsmEvent.of(EventTypeBcsm.O_NO_ANSWER, MonitorMode.INTERRUPTED, LegId.sending(2)),
              BcsmEvent.of(
                  EventTypeBcsm.O_ANSWER, MonitorMode.NOTIFY_AND_CONTINUE, LegId.sending(2)),
              BcsmEvent.of(EventTypeBcsm.O_DISCONNECT, MonitorMode.INTERRUPTED, LegId.sending(1)),
              BcsmEvent.of(EventTypeBcsm.O_DISCONNECT, MonitorMode.INTERRUPTED, LegId.sending(2)),
              BcsmEvent.of(
                  EventTypeBcsm.O_ABANDON, MonitorMode.NOTIFY_AND_CONTINUE, LegId.sending(1)));
      // 80 07 | a0 05 80 03 00 8c a0 | a2 03 80 01 01
      ApplyChargingArg ac = (ApplyChargingArg) roundTrip(inv.get(1));
      assertThat(ac.charging().maxCallPeriodDuration()).isEqualTo(36000);
      assertThat(ac.charging().releaseIfDurationExceeded()).isNull();
      assertThat(ac.partyToCharge()).isEqualTo(LegId.sending(1));
      assertThat(roundTrip(inv.get(2))).isEqualTo(NoArgument.CONTINUE);
    }

    @Test
    void connect_carries_one_destination_routing_address() throws Exception {
      // 30 09 a0 07 04 05 | 02 10 79 22 10
      ConnectArg a = (ConnectArg) roundTrip(invokes("pycrate-pkts_tcap_cap-6").get(1));
      assertThat(a.destinationRoutingAddress())
          .containsExactly(new CalledPartyNumber(2, false, 1, "972201", 0, 0));
      assertThat(a.unmodelled()).isEmpty();
    }

    @Test
    void release_call_carries_a_q850_cause() throws Exception {
      ReleaseCallArg a = (ReleaseCallArg) roundTrip(invokes("pycrate-pkts_tcap_cap-4").get(0));
      // 04 02 84 90: ITU coding, public network serving the remote user, normal clearing
      assertThat(a.cause()).isEqualTo(Cause.of(4, Cause.NORMAL_CLEARING));
      ReleaseCallArg b = (ReleaseCallArg) roundTrip(invokes("pycrate-pkts_tcap_cap-8").get(0));
      assertThat(b.cause().value()).isEqualTo(Cause.CALL_REJECTED);
    }

    @Test
    void event_report_bcsm_o_answer_is_a_notification() throws Exception {
      EventReportBcsmArg a =
          (EventReportBcsmArg) roundTrip(invokes("pycrate-pkts_tcap_cap-2").get(0));
      assertThat(a)
          .isEqualTo(
              EventReportBcsmArg.of(EventTypeBcsm.O_ANSWER, null, null, MiscCallInfo.NOTIFICATION));
      assertThat(a.isRequest()).isFalse();
    }

    @Test
    void event_report_bcsm_route_select_failure_carries_the_failure_cause() throws Exception {
      // a2 06 | a2 04 | 80 02 84 90
      EventReportBcsmArg a =
          (EventReportBcsmArg) roundTrip(invokes("pycrate-pkts_tcap_cap-7").get(0));
      assertThat(a.eventType()).isEqualTo(EventTypeBcsm.ROUTE_SELECT_FAILURE);
      assertThat(a.eventSpecificInformation())
          .isEqualTo(
              EventSpecificInformationBcsm.of(
                  EventSpecificInformationBcsm.ROUTE_SELECT_FAILURE,
                  Cause.of(4, Cause.NORMAL_CLEARING)));
      assertThat(a.legId()).isEqualTo(LegId.receiving(2));
      assertThat(a.isRequest()).isTrue();
    }
  }

  @Nested
  class Charging {
    @Test
    void apply_charging_report_decodes_the_camel_call_result() throws Exception {
      List<Invoke> inv = invokes("pycrate-pkts_tcap_cap-3");
      // 04 0f | a0 0d | a0 03 81 01 01 | a1 03 80 01 1a | 82 01 00
      ApplyChargingReportArg a = (ApplyChargingReportArg) roundTrip(inv.get(0));
      TimeDurationChargingResult r = a.callResult();
      assertThat(r.partyToCharge()).isEqualTo(LegId.receiving(1));
      assertThat(r.timeInformation()).isEqualTo(TimeInformation.noTariffSwitch(26));
      assertThat(r.callActive()).isFalse();
      assertThat(r.isCallActive()).isFalse();
      assertThat(r.callReleasedAtTcpExpiry()).isFalse();
      // then EventReportBCSM oDisconnect from leg 1, a request
      EventReportBcsmArg e = (EventReportBcsmArg) roundTrip(inv.get(1));
      assertThat(e)
          .isEqualTo(
              EventReportBcsmArg.of(
                  EventTypeBcsm.O_DISCONNECT, null, LegId.receiving(1), MiscCallInfo.REQUEST));
    }

    @Test
    void apply_charging_with_the_phase_2_release_if_duration_exceeded() throws Exception {
      ApplyChargingArg a =
          (ApplyChargingArg) golden(CapOperation.APPLY_CHARGING, "apply-charging-release.hex");
      assertThat(a.charging().maxCallPeriodDuration()).isEqualTo(36000);
      assertThat(a.charging().releaseIfDurationExceeded())
          .isEqualTo(new ReleaseIfDurationExceeded(true, List.of()));
      assertThat(a.partyToCharge()).isEqualTo(LegId.sending(1));
    }

    @Test
    void furnish_charging_information_free_format_data() throws Exception {
      FurnishChargingInformationArg a =
          (FurnishChargingInformationArg)
              golden(CapOperation.FURNISH_CHARGING_INFORMATION, "furnish-charging-information.hex");
      assertThat(a.freeFormatData())
          .isEqualTo(Octets.wrap("ss7sim".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
      assertThat(a.partyToCharge()).isEqualTo(LegId.sending(1));
      assertThat(a.appendFreeFormatData()).isNull();
    }

    @Test
    void call_information_request_and_report() throws Exception {
      CallInformationRequestArg q =
          (CallInformationRequestArg)
              golden(CapOperation.CALL_INFORMATION_REQUEST, "call-information-request.hex");
      assertThat(q)
          .isEqualTo(
              new CallInformationRequestArg(
                  List.of(
                      RequestedInformationType.CALL_CONNECTED_ELAPSED_TIME,
                      RequestedInformationType.RELEASE_CAUSE),
                  LegId.sending(2),
                  List.of()));
      CallInformationReportArg r =
          (CallInformationReportArg)
              golden(CapOperation.CALL_INFORMATION_REPORT, "call-information-report.hex");
      assertThat(r)
          .isEqualTo(
              new CallInformationReportArg(
                  List.of(
                      RequestedInformation.callConnectedElapsedTime(300),
                      RequestedInformation.releaseCause(Cause.of(4, Cause.NORMAL_CLEARING))),
                  LegId.receiving(2),
                  List.of()));
    }

    @Test
    void reset_timer_leaves_the_timer_id_at_its_default() throws Exception {
      ResetTimerArg a = (ResetTimerArg) golden(CapOperation.RESET_TIMER, "reset-timer.hex");
      assertThat(a).isEqualTo(ResetTimerArg.tssf(30));
    }

    @Test
    void activity_test_and_continue_have_no_argument() throws Exception {
      assertThat(CapCodec.decode(CapOperation.ACTIVITY_TEST, null))
          .isEqualTo(NoArgument.ACTIVITY_TEST);
      assertThat(CapCodec.encode(NoArgument.ACTIVITY_TEST)).isNull();
      assertThat(CapCodec.decode(CapOperation.CONTINUE_SMS, null))
          .isEqualTo(NoArgument.CONTINUE_SMS);
    }
  }

  @Nested
  class Sms {
    @Test
    void initial_dp_sms_at_sms_collected_info() throws Exception {
      InitialDpSmsArg a =
          (InitialDpSmsArg) golden(CapOperation.INITIAL_DP_SMS, "initial-dp-sms.hex");
      assertThat(a.serviceKey()).isEqualTo(100);
      assertThat(a.destinationSubscriberNumber())
          .isEqualTo(CalledPartyBcdNumber.international("15551234567"));
      assertThat(a.callingPartyNumber()).isEqualTo(AddressString.international("15550000111"));
      assertThat(a.eventTypeSms()).isEqualTo(EventTypeSms.SMS_COLLECTED_INFO);
      assertThat(a.imsi()).isEqualTo(new Imsi("001010000000001"));
      assertThat(a.smscAddress()).isEqualTo(AddressString.international("15550000009"));
      assertThat(a.timeAndTimezone()).isEqualTo(Octets.fromHex("0262217010000000"));
      assertThat(a.tpShortMessageSpecificInfo()).isEqualTo(0x11);
      assertThat(a.tpProtocolIdentifier()).isZero();
      assertThat(a.tpDataCodingScheme()).isZero();
      assertThat(a.tpValidityPeriod()).isEqualTo(Octets.fromHex("a7"));
      assertThat(a.smsReferenceNumber()).isNull();
      assertThat(a.mscAddress()).isEqualTo(AddressString.international("15550000001"));
      assertThat(a.unmodelled()).isEmpty();
    }

    @Test
    void request_report_sms_event_arms_failure_and_submission() throws Exception {
      RequestReportSmsEventArg a =
          (RequestReportSmsEventArg)
              golden(CapOperation.REQUEST_REPORT_SMS_EVENT, "request-report-sms-event.hex");
      assertThat(a)
          .isEqualTo(
              RequestReportSmsEventArg.of(
                  SmsEvent.of(EventTypeSms.O_SMS_FAILURE, MonitorMode.INTERRUPTED),
                  SmsEvent.of(EventTypeSms.O_SMS_SUBMISSION, MonitorMode.NOTIFY_AND_CONTINUE)));
    }

    @Test
    void event_report_sms_submission_notification() throws Exception {
      EventReportSmsArg a =
          (EventReportSmsArg) golden(CapOperation.EVENT_REPORT_SMS, "event-report-sms.hex");
      assertThat(a)
          .isEqualTo(
              EventReportSmsArg.of(
                  EventTypeSms.O_SMS_SUBMISSION,
                  EventSpecificInformationSms.moSubmitted(),
                  MiscCallInfo.NOTIFICATION));
    }

    @Test
    void connect_sms_and_release_sms() throws Exception {
      ConnectSmsArg c = (ConnectSmsArg) golden(CapOperation.CONNECT_SMS, "connect-sms.hex");
      assertThat(c)
          .isEqualTo(
              new ConnectSmsArg(
                  AddressString.international("15550000111"),
                  CalledPartyBcdNumber.international("15551234568"),
                  null,
                  List.of()));
      ReleaseSmsArg r = (ReleaseSmsArg) golden(CapOperation.RELEASE_SMS, "release-sms.hex");
      assertThat(r.rpCause()).isEqualTo(ReleaseSmsArg.SM_TRANSFER_REJECTED);
    }
  }
}
