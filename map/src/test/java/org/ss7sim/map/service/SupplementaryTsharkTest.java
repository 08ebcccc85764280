package org.ss7sim.map.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.*;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.tcap.TcapConfig;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.testing.FakeSccpNetwork;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * sendIMSI and the supplementary service operations as our two MAP stacks exchange them, dissected
 * by tshark's gsm_map: operation codes, the MSISDN and IMSI of sendIMSI, SS codes, the forwarded-to
 * number of registerSS, SS-Status, the SS-Info and InterrogateSS-Res alternatives; no malformed
 * frame.
 */
class SupplementaryTsharkTest {
  static final AddressString MSISDN = AddressString.international("15550001234");
  static final AddressString FTN = AddressString.international("4479001234");
  static final Imsi IMSI = new Imsi("001010000001234");

  @TempDir Path dir;

  @Test
  void send_imsi_and_ss_operations_decode_in_tshark() throws Exception {
    Tshark.assumeInstalled();
    var ss = MapApplicationContext.NETWORK_FUNCTIONAL_SS;
    var cfu = SsForBsCode.of(SsCode.CFU);
    var active = Octets.ofUnsigned(0x05); // P and A
    var feature =
        new ForwardingFeature(
            BasicServiceCode.TELEPHONY, active, FTN, null, null, null, null, List.of());
    var forwarding = SsInfo.of(new ForwardingInfo(SsCode.CFU, List.of(feature), List.of()));
    var register =
        new RegisterSsArg(
            SsCode.CFU, BasicServiceCode.TELEPHONY, FTN, null, null, null, null, List.of());
    List<MapTsharkTest.Step> script =
        List.of(
            new MapTsharkTest.Step(
                MapApplicationContext.IMSI_RETRIEVAL,
                2,
                MapOperation.SEND_IMSI,
                new SendImsiArg(MSISDN),
                new SendImsiRes(IMSI)),
            new MapTsharkTest.Step(
                MapApplicationContext.IMSI_RETRIEVAL,
                2,
                MapOperation.SEND_IMSI,
                new SendImsiArg(MSISDN),
                MapError.of(MapErrorCode.UNKNOWN_SUBSCRIBER)),
            new MapTsharkTest.Step(ss, 2, MapOperation.REGISTER_SS, register, forwarding),
            new MapTsharkTest.Step(
                ss, 2, MapOperation.REGISTER_SS, register, MapError.of(MapErrorCode.CALL_BARRED)),
            new MapTsharkTest.Step(
                ss,
                2,
                MapOperation.ACTIVATE_SS,
                cfu,
                SsInfo.of(new SsData(SsCode.CFU, active, null, null, null, List.of()))),
            new MapTsharkTest.Step(
                ss,
                2,
                MapOperation.DEACTIVATE_SS,
                cfu,
                SsInfo.of(
                    new CallBarringInfo(
                        SsCode.BAOC,
                        List.of(new CallBarringFeature(null, active, List.of())),
                        List.of()))),
            new MapTsharkTest.Step(ss, 2, MapOperation.ERASE_SS, cfu, null),
            new MapTsharkTest.Step(
                ss,
                2,
                MapOperation.INTERROGATE_SS,
                cfu,
                InterrogateSsRes.forwarding(List.of(feature))),
            new MapTsharkTest.Step(
                ss,
                2,
                MapOperation.INTERROGATE_SS,
                SsForBsCode.of(SsCode.CLIP),
                InterrogateSsRes.status(0x05)));

    VirtualClock clock = new VirtualClock();
    FakeSccpNetwork net = new FakeSccpNetwork();
    TcapConfig cfg = TcapConfig.defaults().withIdleTimeout(Duration.ofSeconds(60));
    TcapStack tcapA = new TcapStack(net.a, Ssn.MSC, clock, cfg);
    TcapStack tcapB = new TcapStack(net.b, Ssn.HLR, clock, cfg);
    Object[] answer = new Object[1];
    List<MapParameter> received = new ArrayList<>();
    MapStack a = new MapStack(tcapA, (d, id, op, arg) -> {}, MapConfig.defaults());
    MapStack b =
        new MapStack(
            tcapB,
            (MapDialogue d, InvokeId id, MapOperation op, MapParameter arg) -> {
              received.add(arg);
              if (answer[0] instanceof MapError e) {
                d.returnError(id, e);
              } else {
                d.returnResult(id, (MapParameter) answer[0]);
              }
              d.close();
            },
            MapConfig.defaults());
    List<MapOutcome> outcomes = new ArrayList<>();
    for (MapTsharkTest.Step s : script) {
      answer[0] = s.answer();
      MapDialogue d = a.open(FakeSccpNetwork.ADDRESS_A, FakeSccpNetwork.ADDRESS_B, s.context(), 2);
      d.invoke(s.op(), s.arg(), outcomes::add);
      d.send();
      net.pump();
      clock.advance(Duration.ZERO);
    }
    assertThat(received).containsExactlyElementsOf(script.stream().map(s -> s.arg()).toList());
    assertThat(outcomes).hasSize(script.size());
    for (int i = 0; i < script.size(); i++) {
      Object expected = script.get(i).answer();
      if (expected instanceof MapError e) {
        assertThat(outcomes.get(i)).isInstanceOf(MapOutcome.Error.class);
      } else {
        assertThat(outcomes.get(i)).isEqualTo(new MapOutcome.Result((MapParameter) expected));
      }
    }
    assertThat(b.counters().mistypedParameters() + a.counters().mistypedParameters()).isZero();

    Path pcap = dir.resolve("ss.pcap");
    MapTsharkTest.writePcap(pcap, net.wire, FakeSccpNetwork.ADDRESS_A);
    String[] fields = {
      "frame.protocols",
      "gsm_old.localValue",
      "e212.imsi",
      "e164.msisdn",
      "gsm_map.ss.ss_Code",
      "gsm_map.ss.forwardedToNumber",
      "gsm_map.ss.ss_Status",
      "gsm_map.ss.forwardingInfo_element",
      "gsm_map.ss.callBarringInfo_element",
      "gsm_map.ss.ss_Data_element",
      "gsm_map.ss.forwardingFeatureList",
      "_ws.col.Info"
    };
    List<List<String>> rows = Tshark.fields(pcap, List.of(), fields);
    String dump = String.join("\n", rows.stream().map(Object::toString).toList());
    assertThat(Tshark.malformedFrames(pcap, List.of())).as(dump).isEmpty();
    assertThat(rows).as(dump).hasSize(2 * script.size());
    for (int i = 0; i < script.size(); i++) {
      MapTsharkTest.Step s = script.get(i);
      List<String> invoke = rows.get(2 * i);
      List<String> answerRow = rows.get(2 * i + 1);
      String what = "step " + i + " " + s.op() + "\n" + dump;
      assertThat(invoke.get(0)).as(what).endsWith(":tcap:gsm_map");
      assertThat(invoke.get(1)).as(what).isEqualTo(String.valueOf(s.op().code()));
      assertThat(invoke.get(11)).as(what).startsWith("invoke ");
      if (s.answer() instanceof MapError e) {
        assertThat(answerRow.get(1)).as(what).isEqualTo(String.valueOf(e.code().code()));
        assertThat(answerRow.get(11)).as(what).startsWith("returnError");
      } else {
        assertThat(answerRow.get(1)).as(what).isEqualTo(String.valueOf(s.op().code()));
        assertThat(answerRow.get(11)).as(what).startsWith("returnResultLast");
      }
    }
    // sendIMSI: the MSISDN asked for, the IMSI returned
    assertThat(rows.get(0).get(3)).as(dump).isEqualTo(MSISDN.digits());
    assertThat(rows.get(1).get(2)).as(dump).isEqualTo(IMSI.digits());
    // registerSS: CFU (0x21 = 33) to the forwarded-to number; result forwardingInfo [0]
    assertThat(rows.get(4).get(4)).as(dump).isEqualTo("33");
    assertThat(rows.get(4).get(3)).as(dump).isEqualTo(FTN.digits());
    assertThat(rows.get(4).get(5)).as(dump).isEqualTo("914497002143");
    assertThat(rows.get(5).get(6)).as(dump).isEqualTo("05");
    assertThat(rows.get(5).get(7)).as(dump).isEqualTo("1");
    assertThat(rows.get(5).get(10)).as(dump).isEqualTo("1");
    // activateSS answered with ss-Data [3], deactivateSS with callBarringInfo [1] for BAOC (146)
    assertThat(rows.get(9).get(9)).as(dump).isEqualTo("1");
    assertThat(rows.get(11).get(4)).as(dump).isEqualTo("146");
    assertThat(rows.get(11).get(8)).as(dump).isEqualTo("1");
    // interrogateSS: forwardingFeatureList [3], then ss-Status [0] for CLIP (0x11 = 17)
    assertThat(rows.get(15).get(3)).as(dump).isEqualTo(FTN.digits());
    assertThat(rows.get(15).get(10)).as(dump).isEqualTo("1");
    assertThat(rows.get(16).get(4)).as(dump).isEqualTo("17");
    assertThat(rows.get(17).get(6)).as(dump).isEqualTo("05");
  }
}
