package org.ss7sim.map.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.map.auth.AuthenticationCentre;
import org.ss7sim.map.auth.Milenage;
import org.ss7sim.map.common.CellGlobalId;
import org.ss7sim.map.common.LocationInformation;
import org.ss7sim.map.common.SmRpDa;
import org.ss7sim.map.common.SmRpOa;
import org.ss7sim.map.common.SubscriberState;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.error.SubBusyForMtSmsParam;
import org.ss7sim.map.message.*;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.map.sms.DataCodingScheme;
import org.ss7sim.map.sms.SmsTimestamp;
import org.ss7sim.map.sms.SmsTpdu;
import org.ss7sim.map.sms.SmsTpduCodec;
import org.ss7sim.map.sms.TpAddress;
import org.ss7sim.map.sms.UserData;
import org.ss7sim.map.sms.ValidityPeriod;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.tcap.TcapConfig;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.testing.FakeSccpNetwork;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * Our MAP encodings of every operation of issue 6 (and the errors it names), produced by two MAP
 * stacks talking, written as M3UA DATA / SCCP UDT (built by hand: RFC 4666 §3.3.1, Q.713 §4.10)
 * into a pcap and dissected by tshark's gsm_map: operation and error codes, IMSI, MSISDN,
 * SM-RP-DA/OA, TPDU fields and text, USSD text; no malformed frame.
 */
class MapTsharkTest {
  static final SccpAddress SMSC = FakeSccpNetwork.ADDRESS_A;
  static final SccpAddress HLR = FakeSccpNetwork.ADDRESS_B;
  static final Imsi IMSI = new Imsi("001010000001234");
  static final AddressString MSISDN = AddressString.international("15550001234");
  static final AddressString SCA = AddressString.international("15550009999");
  static final AddressString MSC = AddressString.international("15550007777");
  static final AddressString HLR_NUMBER = AddressString.international("15550006666");
  static final AddressString MSRN = AddressString.international("15550005555");
  static final String TEXT = "hello from ss7sim";

  @TempDir Path dir;

  /**
   * One scripted dialogue: what A invokes and what B answers (a MapParameter, a MapError or null).
   */
  record Step(
      MapApplicationContext context,
      int version,
      MapOperation op,
      MapParameter arg,
      Object answer) {}

  static Octets deliverTpdu() {
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
            SmsTimestamp.of(OffsetDateTime.of(2026, 11, 26, 5, 0, 0, 0, ZoneOffset.UTC)),
            UserData.of(TEXT, DataCodingScheme.Alphabet.GSM7, null)));
  }

  static Octets submitTpdu() {
    return SmsTpduCodec.encode(
        new SmsTpdu.SmsSubmit(
            false,
            false,
            false,
            false,
            7,
            TpAddress.international("15550004444"),
            0,
            DataCodingScheme.GSM7,
            new ValidityPeriod.Relative(167),
            UserData.of(TEXT, DataCodingScheme.Alphabet.GSM7, null)));
  }

  static List<Step> script() {
    var gw = MapApplicationContext.SHORT_MSG_GATEWAY;
    var mt = MapApplicationContext.SHORT_MSG_MT_RELAY;
    var sriSm = RoutingInfoForSmArg.of(MSISDN, true, SCA);
    var sriSmRes = RoutingInfoForSmRes.of(IMSI, LocationInfoWithLmsi.of(MSC));
    var mtFsm =
        MtForwardSmArg.of(new SmRpDa.ByImsi(IMSI), new SmRpOa.ServiceCentre(SCA), deliverTpdu());
    var sriArg = SendRoutingInfoArg.of(MSISDN, 0, HLR_NUMBER);
    var sriRes = new SendRoutingInfoRes(IMSI, MSRN, null, List.of());
    var ulArg = new UpdateLocationArg(IMSI, null, MSC, MSC, null, null, List.of());
    var auc =
        new AuthenticationCentre(
            new Milenage(
                Octets.fromHex("465b5ce8b199b49faa5f0a2ee238a6bc"),
                Octets.fromHex("cd63cb71954a9f4e48a5994e37a02baf")));
    var quintuplet =
        auc.quintuplet(
            Octets.fromHex("23553cbe9637a89d218ae64dae47bf35"), 0x20, Octets.fromHex("8000"));
    var location =
        new LocationInformation(
            5, MSC, new CellGlobalId("001", "01", 0x1234, 0x5678), null, null, false, List.of());
    var subscriberInfo =
        new SubscriberInfo(
            location,
            new SubscriberState(SubscriberState.Kind.ASSUMED_IDLE, -1),
            null,
            null,
            List.of());
    var reqInfo = new RequestedInfo(true, true, null, false, null, false, false, List.of());
    var ussd = UssdArg.of(Octets.ofUnsigned(0x0f), UssdString.encodeGsm7("*100#"));
    var ussdRes = UssdRes.of(Octets.ofUnsigned(0x0f), UssdString.encodeGsm7("Your balance is 5"));
    return List.of(
        new Step(gw, 3, MapOperation.SEND_ROUTING_INFO_FOR_SM, sriSm, sriSmRes),
        new Step(
            gw, 3, MapOperation.SEND_ROUTING_INFO_FOR_SM, sriSm, MapError.absentSubscriberSm(1)),
        new Step(
            gw,
            3,
            MapOperation.SEND_ROUTING_INFO_FOR_SM,
            sriSm,
            MapError.of(MapErrorCode.UNKNOWN_SUBSCRIBER)),
        new Step(
            gw,
            3,
            MapOperation.SEND_ROUTING_INFO_FOR_SM,
            sriSm,
            MapError.of(MapErrorCode.CALL_BARRED)),
        new Step(
            gw,
            3,
            MapOperation.SEND_ROUTING_INFO_FOR_SM,
            sriSm,
            MapError.of(MapErrorCode.TELESERVICE_NOT_PROVISIONED)),
        new Step(gw, 1, MapOperation.SEND_ROUTING_INFO_FOR_SM, sriSm, sriSmRes),
        new Step(mt, 3, MapOperation.MT_FORWARD_SM, mtFsm, MtForwardSmRes.of()),
        new Step(mt, 3, MapOperation.MT_FORWARD_SM, mtFsm, MapError.smDeliveryFailure(0)),
        new Step(
            mt,
            3,
            MapOperation.MT_FORWARD_SM,
            mtFsm,
            new MapError(
                MapErrorCode.SUBSCRIBER_BUSY_FOR_MT_SMS,
                new SubBusyForMtSmsParam(null, false, List.of()))),
        new Step(
            mt,
            3,
            MapOperation.MT_FORWARD_SM,
            mtFsm,
            MapError.of(MapErrorCode.FACILITY_NOT_SUPPORTED)),
        new Step(
            MapApplicationContext.SHORT_MSG_MO_RELAY,
            3,
            MapOperation.MO_FORWARD_SM,
            MoForwardSmArg.of(
                new SmRpDa.ServiceCentre(SCA), new SmRpOa.Msisdn(MSISDN), submitTpdu()),
            MoForwardSmRes.of()),
        new Step(
            gw,
            3,
            MapOperation.REPORT_SM_DELIVERY_STATUS,
            new ReportSmDeliveryStatusArg(
                MSISDN, SCA, 1, null, null, false, false, null, null, List.of()),
            ReportSmDeliveryStatusRes.of()),
        new Step(
            MapApplicationContext.SHORT_MSG_ALERT,
            2,
            MapOperation.ALERT_SERVICE_CENTRE,
            AlertServiceCentreArg.of(MSISDN, SCA),
            null),
        new Step(
            MapApplicationContext.MWD_MNGT,
            3,
            MapOperation.READY_FOR_SM,
            ReadyForSmArg.of(IMSI, 0),
            ReadyForSmRes.of()),
        new Step(
            MapApplicationContext.LOCATION_INFO_RETRIEVAL,
            3,
            MapOperation.SEND_ROUTING_INFO,
            sriArg,
            sriRes),
        new Step(
            MapApplicationContext.ROAMING_NUMBER_ENQUIRY,
            3,
            MapOperation.PROVIDE_ROAMING_NUMBER,
            ProvideRoamingNumberArg.of(IMSI, MSC),
            ProvideRoamingNumberRes.of(MSRN)),
        new Step(
            MapApplicationContext.ROAMING_NUMBER_ENQUIRY,
            3,
            MapOperation.PROVIDE_ROAMING_NUMBER,
            ProvideRoamingNumberArg.of(IMSI, MSC),
            MapError.of(MapErrorCode.ABSENT_SUBSCRIBER)),
        new Step(
            MapApplicationContext.NETWORK_LOC_UP,
            3,
            MapOperation.UPDATE_LOCATION,
            ulArg,
            UpdateLocationRes.of(HLR_NUMBER)),
        new Step(
            MapApplicationContext.NETWORK_LOC_UP,
            3,
            MapOperation.UPDATE_LOCATION,
            ulArg,
            MapError.of(MapErrorCode.UNEXPECTED_DATA_VALUE)),
        new Step(
            MapApplicationContext.LOCATION_CANCELLATION,
            3,
            MapOperation.CANCEL_LOCATION,
            CancelLocationArg.of(new Identity(IMSI, null)),
            CancelLocationRes.of()),
        new Step(
            MapApplicationContext.SUBSCRIBER_DATA_MNGT,
            3,
            MapOperation.INSERT_SUBSCRIBER_DATA,
            new InsertSubscriberDataArg(
                IMSI,
                MSISDN,
                Octets.ofUnsigned(0x0a),
                0,
                null,
                List.of(Octets.ofUnsigned(0x11), Octets.ofUnsigned(0x21)),
                null,
                List.of()),
            InsertSubscriberDataRes.of()),
        new Step(
            MapApplicationContext.SUBSCRIBER_DATA_MNGT,
            3,
            MapOperation.INSERT_SUBSCRIBER_DATA,
            InsertSubscriberDataArg.of(),
            MapError.of(MapErrorCode.UNIDENTIFIED_SUBSCRIBER)),
        new Step(
            MapApplicationContext.SUBSCRIBER_DATA_MNGT,
            3,
            MapOperation.DELETE_SUBSCRIBER_DATA,
            DeleteSubscriberDataArg.of(IMSI),
            DeleteSubscriberDataRes.of()),
        new Step(
            MapApplicationContext.INFO_RETRIEVAL,
            3,
            MapOperation.SEND_AUTHENTICATION_INFO,
            new SendAuthenticationInfoArg(
                IMSI, 1, false, false, null, null, null, null, null, false, false, List.of()),
            new SendAuthenticationInfoRes(
                new AuthenticationSetList(null, List.of(quintuplet)), null, false, List.of())),
        new Step(
            MapApplicationContext.INFO_RETRIEVAL,
            3,
            MapOperation.SEND_AUTHENTICATION_INFO,
            SendAuthenticationInfoArg.of(IMSI),
            MapError.of(MapErrorCode.SYSTEM_FAILURE)),
        new Step(
            MapApplicationContext.MS_PURGING,
            3,
            MapOperation.PURGE_MS,
            new PurgeMsArg(IMSI, MSC, null, null, List.of()),
            PurgeMsRes.of()),
        new Step(
            MapApplicationContext.ANY_TIME_ENQUIRY,
            3,
            MapOperation.ANY_TIME_INTERROGATION,
            AnyTimeInterrogationArg.of(new SubscriberIdentity(IMSI, null), reqInfo, HLR_NUMBER),
            AnyTimeInterrogationRes.of(subscriberInfo)),
        new Step(
            MapApplicationContext.ANY_TIME_ENQUIRY,
            3,
            MapOperation.ANY_TIME_INTERROGATION,
            AnyTimeInterrogationArg.of(new SubscriberIdentity(null, MSISDN), reqInfo, HLR_NUMBER),
            MapError.of(MapErrorCode.DATA_MISSING)),
        new Step(
            MapApplicationContext.SUBSCRIBER_INFO_ENQUIRY,
            3,
            MapOperation.PROVIDE_SUBSCRIBER_INFO,
            ProvideSubscriberInfoArg.of(IMSI, reqInfo),
            ProvideSubscriberInfoRes.of(subscriberInfo)),
        new Step(
            gw,
            2,
            MapOperation.INFORM_SERVICE_CENTRE,
            new InformServiceCentreArg(
                MSISDN, org.ss7sim.wire.ber.BitString.of(false, true), null, null, null, List.of()),
            null),
        new Step(
            mt,
            2,
            MapOperation.FORWARD_SM,
            new ForwardSmArg(
                new SmRpDa.ByImsi(IMSI),
                new SmRpOa.ServiceCentre(SCA),
                deliverTpdu(),
                false,
                List.of()),
            null),
        new Step(
            MapApplicationContext.SHORT_MSG_ALERT,
            1,
            MapOperation.ALERT_SERVICE_CENTRE_WITHOUT_RESULT,
            AlertServiceCentreArg.of(MSISDN, SCA),
            null),
        new Step(
            MapApplicationContext.NETWORK_UNSTRUCTURED_SS,
            2,
            MapOperation.PROCESS_UNSTRUCTURED_SS_REQUEST,
            ussd,
            ussdRes),
        new Step(
            MapApplicationContext.NETWORK_UNSTRUCTURED_SS,
            2,
            MapOperation.UNSTRUCTURED_SS_REQUEST,
            ussd,
            ussdRes),
        new Step(
            MapApplicationContext.NETWORK_UNSTRUCTURED_SS,
            2,
            MapOperation.UNSTRUCTURED_SS_NOTIFY,
            ussd,
            null));
  }

  @Test
  void every_operation_and_error_decodes_in_tshark_with_the_right_gsm_map_fields()
      throws Exception {
    Tshark.assumeInstalled();
    VirtualClock clock = new VirtualClock();
    FakeSccpNetwork net = new FakeSccpNetwork();
    TcapConfig cfg = TcapConfig.defaults().withIdleTimeout(Duration.ofSeconds(60));
    TcapStack tcapA = new TcapStack(net.a, Ssn.MSC, clock, cfg);
    TcapStack tcapB = new TcapStack(net.b, Ssn.HLR, clock, cfg);
    List<Step> script = script();
    Object[] answer = new Object[1];
    MapStack a = new MapStack(tcapA, (d, id, op, arg) -> {}, MapConfig.defaults());
    MapStack b =
        new MapStack(
            tcapB,
            (MapDialogue d, InvokeId id, MapOperation op, MapParameter arg) -> {
              if (answer[0] instanceof MapError e) {
                d.returnError(id, e);
              } else if (op.operationClass() != 4) {
                d.returnResult(id, (MapParameter) answer[0]);
              }
              d.close();
            },
            MapConfig.defaults());
    List<MapOutcome> outcomes = new ArrayList<>();
    for (Step s : script) {
      answer[0] = s.answer();
      MapDialogue d = a.open(SMSC, HLR, s.context(), s.version());
      if (s.op() == MapOperation.MT_FORWARD_SM) {
        // MAP-OPEN with references, as SMSCs send them (TS 29.002 §15.4)
        d.openInfo(
            new org.ss7sim.map.dialogue.MapOpenInfo(
                new AddressString(1, 6, IMSI.digits()), SCA, null, List.of()));
      }
      d.invoke(s.op(), s.arg(), outcomes::add);
      d.send();
      net.pump();
    }
    assertThat(outcomes).hasSize(script.size());
    assertThat(tcapA.dialogueCount() + tcapB.dialogueCount()).isZero();
    assertThat(b.counters().mistypedParameters() + a.counters().mistypedParameters()).isZero();

    Path pcap = dir.resolve("map.pcap");
    writePcap(pcap, net.wire, SMSC);
    String[] fields = {
      "frame.protocols",
      "gsm_old.localValue",
      "e212.imsi",
      "e164.msisdn",
      "gsm_map.sm.sm_RP_DA",
      "gsm_map.sm.sm_RP_OA",
      "gsm_sms.tp-mti",
      "gsm_sms.tp-digits",
      "gsm_sms.sms_text",
      "gsm_map.er.sm_EnumeratedDeliveryFailureCause",
      "gsm_map.er.absentSubscriberDiagnosticSM",
      "gsm_map.ussd_string",
      "_ws.col.Info"
    };
    List<List<String>> rows = Tshark.fields(pcap, List.of(), fields);
    String dump = String.join("\n", rows.stream().map(Object::toString).toList());
    assertThat(Tshark.malformedFrames(pcap, List.of())).as(dump).isEmpty();
    assertThat(rows).as(dump).hasSize(2 * script.size());
    for (int i = 0; i < script.size(); i++) {
      Step s = script.get(i);
      List<String> invoke = rows.get(2 * i);
      List<String> answerRow = rows.get(2 * i + 1);
      String what = "step " + i + " " + s.op() + "\n" + dump;
      boolean sms =
          s.arg() instanceof MtForwardSmArg
              || s.arg() instanceof MoForwardSmArg
              || s.arg() instanceof ForwardSmArg;
      // gsm_map appears twice when the AARQ carries a MAP-OpenInfo
      assertThat(invoke.get(0)).as(what).matches(".*:tcap(:gsm_map)+" + (sms ? ":gsm_sms" : ""));
      assertThat(invoke.get(1)).as(what).isEqualTo(String.valueOf(s.op().code()));
      assertThat(invoke.get(12)).as(what).startsWith("invoke ");
      if (s.answer() instanceof MapError e) {
        assertThat(answerRow.get(1)).as(what).isEqualTo(String.valueOf(e.code().code()));
        assertThat(answerRow.get(12)).as(what).startsWith("returnError");
      } else if (s.op().operationClass() != 4) {
        assertThat(answerRow.get(12)).as(what).startsWith("returnResultLast");
      }
    }
    // field values of selected steps
    assertThat(rows.get(0).get(3))
        .as(dump)
        .isEqualTo("15550001234,15550009999"); // SRI-SM msisdn, SCA
    assertThat(rows.get(1).get(2)).as(dump).isEqualTo(IMSI.digits()); // SRI-SM result imsi
    assertThat(rows.get(3).get(10)).as(dump).isEqualTo("1"); // absentSubscriberSM diagnostic
    List<String> mt = rows.get(12);
    // destinationReference (MAP-OpenInfo) and SM-RP-DA: the IMSI
    assertThat(mt.get(2)).as(dump).isEqualTo(IMSI.digits() + "," + IMSI.digits());
    assertThat(mt.get(4)).as(dump).isEqualTo("0"); // SM-RP-DA alternative imsi [0]
    assertThat(mt.get(5))
        .as(dump)
        .isEqualTo("4"); // SM-RP-OA alternative serviceCentreAddressOA [4]
    // originationReference, SM-RP-OA service centre address, TP-OA
    assertThat(mt.get(3)).as(dump).isEqualTo("15550009999,15550009999,15550001234");
    assertThat(mt.get(6)).as(dump).isEqualTo("0"); // TP-MTI SMS-DELIVER
    assertThat(mt.get(8)).as(dump).isEqualTo(TEXT);
    List<List<String>> refs =
        Tshark.fields(
            pcap,
            List.of(),
            "gsm_map.dialogue.destinationReference",
            "gsm_map.dialogue.originationReference");
    assertThat(refs.get(12).get(0)).as(dump).isNotEmpty(); // MT-FSM MAP-OpenInfo references
    assertThat(refs.get(12).get(1)).as(dump).isNotEmpty();
    assertThat(rows.get(15).get(9))
        .as(dump)
        .isEqualTo("0"); // sm-DeliveryFailure memoryCapacityExceeded
    List<String> mo = rows.get(20);
    assertThat(mo.get(4)).as(dump).isEqualTo("4"); // SM-RP-DA serviceCentreAddressDA [4]
    assertThat(mo.get(5)).as(dump).isEqualTo("2"); // SM-RP-OA msisdn [2]
    assertThat(mo.get(3))
        .as(dump)
        .isEqualTo("15550009999,15550001234,15550004444"); // SC, MSISDN, TP-DA
    assertThat(mo.get(6)).as(dump).isEqualTo("1"); // TP-MTI SMS-SUBMIT
    assertThat(mo.get(8)).as(dump).isEqualTo(TEXT);
    assertThat(rows.get(10).get(0)).as(dump).endsWith("tcap:gsm_map"); // v1, no dialogue portion
    assertThat(rows.get(11).get(2)).as(dump).isEqualTo(IMSI.digits());
    int ussdStep = script.size() - 3;
    assertThat(rows.get(2 * ussdStep).get(11)).as(dump).isEqualTo("*100#");
    assertThat(rows.get(2 * ussdStep + 1).get(11)).as(dump).isEqualTo("Your balance is 5");
  }

  /**
   * Writes what the two stacks sent as M3UA DATA over SCTP between 127.0.0.1 (the side whose SCCP
   * address is {@code a}) and 127.0.0.2, one millisecond apart.
   */
  static void writePcap(Path pcap, List<UnitdataRequest> wire, SccpAddress a)
      throws java.io.IOException {
    Endpoint epA = Endpoint.of("127.0.0.1", 40001);
    Endpoint epB = Endpoint.of("127.0.0.2", 2905);
    try (PcapWriter out = PcapWriter.create(pcap)) {
      long t = 1_700_000_000_000_000L;
      for (UnitdataRequest r : wire) {
        boolean fromA = r.calling().equals(a);
        out.writeM3ua(
            t += 1000,
            fromA ? epA : epB,
            fromA ? epB : epA,
            1,
            m3uaData(r.calling().pointCode().value(), r.called().pointCode().value(), udt(r)));
      }
    }
  }

  /** SCCP UDT, Q.713 §4.10: type, class, three pointers, called, calling, data. */
  static Octets udt(UnitdataRequest r) {
    Octets called = address(r.called());
    Octets calling = address(r.calling());
    WireWriter w = new WireWriter();
    w.writeU8(0x09);
    w.writeU8(r.protocolClass().code() | (r.returnOnError() ? 0x80 : 0));
    w.writeU8(3).writeU8(3 + called.length()).writeU8(3 + called.length() + calling.length());
    w.writeU8(called.length()).writeOctets(called);
    w.writeU8(calling.length()).writeOctets(calling);
    w.writeU8(r.data().length()).writeOctets(r.data());
    return w.toOctets();
  }

  /** Address indicator 0x43: route on SSN, SSN and 14-bit ITU point code present (Q.713 §3.4). */
  static Octets address(SccpAddress a) {
    int pc = a.pointCode().value();
    return Octets.ofUnsigned(0x43, pc & 0xff, (pc >>> 8) & 0x3f, a.ssn().value());
  }

  /** M3UA DATA, RFC 4666 §3.3.1: common header and Protocol Data (OPC, DPC, SI=3, NI, MP, SLS). */
  static Octets m3uaData(int opc, int dpc, Octets sccp) {
    WireWriter w = new WireWriter();
    w.writeU8(1).writeU8(0).writeU8(1).writeU8(1);
    int length = w.reserve(4);
    w.writeU16(0x0210).writeU16(16 + sccp.length());
    w.writeU32(opc).writeU32(dpc).writeU8(3).writeU8(2).writeU8(0).writeU8(0);
    w.writeOctets(sccp);
    w.padTo(4);
    w.patchU32(length, w.position());
    return w.toOctets();
  }
}
