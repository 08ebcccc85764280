package org.ss7sim.inap.message;

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

/**
 * Golden vectors from testdata/vectors/tcap.tsv: the CAMEL messages of Wireshark's camel.pcap and
 * camel2.pcap (via pycrate) and jss7's TcBeginTest.testRealTrace. CAP's InitialDP, Connect,
 * ReleaseCall, RequestReportBCSMEvent, EventReportBCSM, ApplyCharging and ApplyChargingReport share
 * the CS-1 core encoding of the fields modelled here (same tags, same ISUP-format octets); the
 * CAMEL additions must come back as unknown elements. Each argument is decoded, compared field by
 * field with the bytes as annotated in the test, and re-encoded to the identical parameter bytes.
 */
class InapCodecGoldenTest {

  static List<Invoke> invokes(String vector) throws MalformedMessageException {
    TcMessage m = TcMessageCodec.decode(GoldenVectors.named("tcap.tsv", vector).bytes());
    return m.components().stream().filter(c -> c instanceof Invoke).map(c -> (Invoke) c).toList();
  }

  /** Decodes an invoke's argument and checks it re-encodes to the same bytes. */
  static InapArgument roundTrip(Invoke invoke) throws MalformedMessageException {
    InapOperation op = InapOperation.ofCode(invoke.opCode());
    assertThat(op).as("operation %s", invoke.opCode()).isNotNull();
    InapArgument arg = InapCodec.decode(op, invoke.parameter());
    assertThat(arg.operation()).isEqualTo(op);
    assertThat(InapCodec.encode(arg)).isEqualTo(invoke.parameter());
    return arg;
  }

  @Nested
  class InitialDp {
    @Test
    void real_trace_initial_dp_decodes_service_key_numbers_and_keeps_camel_fields()
        throws Exception {
      InitialDpArg a =
          (InitialDpArg) roundTrip(invokes("jss7-TcBeginTest-testRealTrace-TCAP").get(0));
      assertThat(a.serviceKey()).isEqualTo(8);
      // 82 08 | 84 10 | 97 20 83 20 68 06: odd, international, ISDN, 11 digits, filler 0
      assertThat(a.calledPartyNumber())
          .isEqualTo(
              new CalledPartyNumber(
                  NatureOfAddress.INTERNATIONAL, false, NumberingPlan.ISDN, "79023802866", 0, 0));
      // 83 07 | 03 13 | 09 32 26 59 18: even, national, ISDN, allowed, network provided
      assertThat(a.callingPartyNumber())
          .isEqualTo(
              new CallingPartyNumber(
                  NatureOfAddress.NATIONAL, false, NumberingPlan.ISDN, 0, 3, "9023629581", 0));
      assertThat(a.callingPartysCategory()).isEqualTo(InitialDpArg.CATEGORY_ORDINARY);
      assertThat(a.eventTypeBcsm()).isEqualTo(EventTypeBcsm.TERM_ATTEMPT_AUTHORIZED);
      // locationNumber [10], bearerCapability [27], and the CAMEL iMSI [50], ext-basicServiceCode
      // [53], callReferenceNumber [54], mscAddress [55], timeAndTimezone [57]
      assertThat(a.unknown())
          .extracting(u -> u.element().get(0))
          .containsExactly(0x8a, 0xbb, 0x9f, 0xbf, 0x9f, 0x9f, 0x9f);
      assertThat(a.unknown().get(0).after()).isEqualTo(0x85);
      assertThat(a.unknown().get(2).after()).isEqualTo(0x9c);
    }

    @Test
    void camel_initial_dp_keeps_a_calling_number_filler_of_f() throws Exception {
      InitialDpArg a = (InitialDpArg) roundTrip(invokes("pycrate-pkts_tcap_cap-0").get(0));
      assertThat(a.serviceKey()).isEqualTo(42);
      assertThat(a.calledPartyNumber()).isNull();
      // 83 08 | 84 11 | 14 87 09 50 40 f7: odd, the last high nibble is F
      CallingPartyNumber calling = a.callingPartyNumber();
      assertThat(calling.digits()).isEqualTo("41789005047");
      assertThat(calling.filler()).isEqualTo(15);
      assertThat(calling.screening()).isEqualTo(1);
      assertThat(a.eventTypeBcsm()).isEqualTo(EventTypeBcsm.COLLECTED_INFO);
    }

    @Test
    void camel_initial_dp_with_inn_and_st_digit() throws Exception {
      InitialDpArg a = (InitialDpArg) roundTrip(invokes("pycrate-pkts_tcap_cap-5").get(0));
      assertThat(a.serviceKey()).isEqualTo(110);
      // 82 08 | 83 90 | 21 72 10 90 00 0f
      assertThat(a.calledPartyNumber())
          .isEqualTo(
              new CalledPartyNumber(
                  NatureOfAddress.NATIONAL, true, NumberingPlan.ISDN, "1227010900f", 0, 0));
      // 83 03 | 03 97 | 57: NI set, presentation restricted, network provided
      assertThat(a.callingPartyNumber())
          .isEqualTo(
              new CallingPartyNumber(
                  NatureOfAddress.NATIONAL, true, NumberingPlan.ISDN, 1, 3, "75", 0));
    }
  }

  @Nested
  class Connect {
    @Test
    void connect_carries_one_destination_routing_address() throws Exception {
      List<Invoke> inv = invokes("pycrate-pkts_tcap_cap-6");
      // a1 11 02 01 02 02 01 14 | 30 09 a0 07 04 05 | 02 10 79 22 10
      ConnectArg a = (ConnectArg) roundTrip(inv.get(1));
      assertThat(a.destinationRoutingAddress())
          .containsExactly(
              new CalledPartyNumber(
                  NatureOfAddress.UNKNOWN, false, NumberingPlan.ISDN, "972201", 0, 0));
      assertThat(a.unknown()).isEmpty();
    }
  }

  @Nested
  class ReleaseCall {
    @Test
    void release_call_carries_a_q850_cause() throws Exception {
      // 04 02 84 90: ITU coding, public network serving the remote user, normal clearing
      ReleaseCallArg a = (ReleaseCallArg) roundTrip(invokes("pycrate-pkts_tcap_cap-4").get(0));
      assertThat(a.cause()).isEqualTo(new Cause(0, 4, -1, Cause.NORMAL_CLEARING, Octets.EMPTY));
      ReleaseCallArg b = (ReleaseCallArg) roundTrip(invokes("pycrate-pkts_tcap_cap-8").get(0));
      assertThat(b.cause().value()).isEqualTo(Cause.CALL_REJECTED);
    }
  }

  @Nested
  class Bcsm {
    @Test
    void request_report_bcsm_event_arms_seven_events() throws Exception {
      List<Invoke> inv = invokes("pycrate-pkts_tcap_cap-1");
      RequestReportBcsmEventArg a = (RequestReportBcsmEventArg) roundTrip(inv.get(0));
      assertThat(a.bcsmEvents()).hasSize(7);
      // 30 0b 80 01 04 81 01 00 a2 03 80 01 02
      assertThat(a.bcsmEvents().get(0))
          .isEqualTo(
              BcsmEvent.of(
                  EventTypeBcsm.ROUTE_SELECT_FAILURE, MonitorMode.INTERRUPTED, LegId.sending(2)));
      assertThat(a.bcsmEvents().get(3))
          .isEqualTo(
              BcsmEvent.of(
                  EventTypeBcsm.O_ANSWER, MonitorMode.NOTIFY_AND_CONTINUE, LegId.sending(2)));
      assertThat(a.bcsmEvents().get(6))
          .isEqualTo(
              BcsmEvent.of(
                  EventTypeBcsm.O_ABANDON, MonitorMode.NOTIFY_AND_CONTINUE, LegId.sending(1)));
    }

    @Test
    void event_report_bcsm_with_leg_and_misc_call_info() throws Exception {
      List<Invoke> inv = invokes("pycrate-pkts_tcap_cap-3");
      // 30 0d 80 01 09 a3 03 81 01 01 a4 03 80 01 00
      EventReportBcsmArg a = (EventReportBcsmArg) roundTrip(inv.get(1));
      assertThat(a)
          .isEqualTo(
              EventReportBcsmArg.of(
                  EventTypeBcsm.O_DISCONNECT, LegId.receiving(1), MiscCallInfo.REQUEST));
      assertThat(a.isRequest()).isTrue();
      EventReportBcsmArg b =
          (EventReportBcsmArg) roundTrip(invokes("pycrate-pkts_tcap_cap-2").get(0));
      assertThat(b.eventType()).isEqualTo(EventTypeBcsm.O_ANSWER);
      assertThat(b.isRequest()).isFalse();
    }

    @Test
    void event_report_bcsm_keeps_event_specific_information() throws Exception {
      EventReportBcsmArg a =
          (EventReportBcsmArg) roundTrip(invokes("pycrate-pkts_tcap_cap-7").get(0));
      assertThat(a.eventType()).isEqualTo(EventTypeBcsm.ROUTE_SELECT_FAILURE);
      assertThat(a.eventSpecificInformation()).isEqualTo(Octets.fromHex("a206a20480028490"));
      assertThat(a.legId()).isEqualTo(LegId.receiving(2));
    }
  }

  @Nested
  class Charging {
    @Test
    void apply_charging_and_continue_in_one_message() throws Exception {
      List<Invoke> inv = invokes("pycrate-pkts_tcap_cap-1");
      ApplyChargingArg a = (ApplyChargingArg) roundTrip(inv.get(1));
      assertThat(a.billingChargingCharacteristics()).isEqualTo(Octets.fromHex("a0058003008ca0"));
      assertThat(a.partyToCharge()).isEqualTo(LegId.sending(1));
      assertThat(roundTrip(inv.get(2))).isEqualTo(org.ss7sim.inap.message.Continue.INSTANCE);
    }

    @Test
    void apply_charging_report_keeps_call_result() throws Exception {
      ApplyChargingReportArg a =
          (ApplyChargingReportArg) roundTrip(invokes("pycrate-pkts_tcap_cap-3").get(0));
      assertThat(a.callResult()).isEqualTo(Octets.fromHex("a00da003810101a10380011a820100"));
    }
  }
}
