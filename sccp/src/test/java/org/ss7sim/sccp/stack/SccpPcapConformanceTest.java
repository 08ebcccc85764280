package org.ss7sim.sccp.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.sccp.stack.GtNetwork.HLR1;
import static org.ss7sim.sccp.stack.GtNetwork.HLR2;
import static org.ss7sim.sccp.stack.GtNetwork.MSC;
import static org.ss7sim.sccp.stack.GtNetwork.STP;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.GlobalTitleIndicator;
import org.ss7sim.sccp.ProtocolClass;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * tshark, not our own decoder, reads what our nodes put on the wire: the whole GtNetwork scenario
 * (GT routing via the STP, backup route, UDTS, segmented XUDT, SCMG) framed as M3UA.
 */
class SccpPcapConformanceTest {
  /**
   * A BER-valid TCAP Begin with one MAP processUnstructuredSS-Request invoke (opcode 59): USSD-Arg
   * with data coding scheme 0x0f and a USSD string of {@code n} octets (longer than MAP allows for
   * the 3 kB case, which tshark tolerates).
   */
  static Octets tcapBegin(int otid, int opCode, int n) {
    byte[] param = new byte[n];
    for (int i = 0; i < n; i++) {
      param[i] = (byte) (0x30 + i % 10);
    }
    Octets p = tlv(0x30, Octets.fromHex("04010f").concat(tlv(0x04, Octets.wrap(param))));
    Octets invoke =
        tlv(0xa1, Octets.fromHex("020101" + "0201" + String.format("%02x", opCode)).concat(p));
    Octets components = tlv(0x6c, invoke);
    Octets tid = tlv(0x48, Octets.fromHex(String.format("%08x", otid)));
    return tlv(0x62, tid.concat(components));
  }

  /** A tshark number field, written in decimal or 0x hex. */
  static int n(String field) {
    return Integer.decode(field);
  }

  static Octets tlv(int tag, Octets value) {
    WireWriter w = new WireWriter(value.length() + 4);
    w.writeU8(tag);
    int n = value.length();
    if (n < 0x80) {
      w.writeU8(n);
    } else if (n < 0x100) {
      w.writeU8(0x81).writeU8(n);
    } else {
      w.writeU8(0x82).writeU16(n);
    }
    return w.writeOctets(value).toOctets();
  }

  @Test
  void tshark_decodes_every_message_of_the_gt_scenario_with_the_fields_we_meant(@TempDir Path dir)
      throws Exception {
    Tshark.assumeInstalled();
    GtNetwork net = new GtNetwork();
    // 1 the MSC asks the HLR by GT, via the STP
    net.mscToHlr(tcapBegin(1, 0x3b, 8), true);
    // 2 the HLR answers the calling GT
    var in = net.hlr1User.unitdata.get(0);
    net.hlr1.unitdata(
        new UnitdataRequest(
            in.calling(), in.called(), ProtocolClass.CLASS_1, 3, false, tcapBegin(2, 0x3b, 8)));
    // 3 primary down: the backup answers
    net.mtp.pause(HLR1);
    net.mscToHlr(tcapBegin(3, 0x3b, 8), true);
    // 4 both down: UDTS back to the MSC
    net.mtp.pause(HLR2);
    net.mscToHlr(tcapBegin(4, 0x3b, 8), true);
    net.mtp.resume(HLR1);
    net.mtp.resume(HLR2);
    // 5 a 3 kB TCAP message segmented into XUDTs
    net.mscToHlr(tcapBegin(5, 0x3b, 2980), true);
    // 6 SCMG: SSP, SST, SSA
    net.hlr1.unregister(Ssn.HLR);
    net.clock.advance(Duration.ofSeconds(30));
    net.hlr1.register(Ssn.HLR, net.hlr1User);
    // 7 a global title in the TT+NP+ES form (GTI 3), odd digits
    SccpAddress gti3 =
        SccpAddress.ofGlobalTitle(
            new GlobalTitle(
                GlobalTitleIndicator.TT_NP_ES, 0, GlobalTitle.NP_E164, 0, "999770000009"),
            Ssn.HLR);
    net.msc.unitdata(
        new UnitdataRequest(
            gti3, GtNetwork.MSC_GT, ProtocolClass.CLASS_0, 0, false, tcapBegin(6, 0x3b, 8)));

    List<MtpTransfer> wire = new ArrayList<>(net.mtp.log());
    Path pcap = dir.resolve("sccp-gt-scenario.pcap");
    M3uaFraming.write(pcap, wire);

    assertThat(Tshark.malformedFrames(pcap, List.of()))
        .as(() -> Tshark.verbose(pcap, List.of()))
        .isEmpty();
    assertThat(Tshark.protocols(pcap, List.of()))
        .hasSize(wire.size())
        .allSatisfy(p -> assertThat(p).contains(":sccp"));

    List<List<String>> rows =
        Tshark.fields(
            pcap,
            List.of(),
            "sccp.message_type",
            "sccp.called.ri",
            "sccp.called.ssn",
            "sccp.calling.ssn",
            "sccp.called.digits",
            "sccp.calling.digits",
            "sccp.called.tt",
            "sccp.called.np",
            "sccp.called.nai",
            "sccp.called.gti",
            "sccp.return_cause",
            "sccp.hops",
            "mtp3.opc",
            "mtp3.dpc");
    assertThat(rows).hasSize(wire.size());
    for (int i = 0; i < wire.size(); i++) {
      MtpTransfer t = wire.get(i);
      var m = GtNetwork.decode(t);
      List<String> r = rows.get(i);
      assertThat(Integer.decode(r.get(0))).as("frame %d type", i + 1).isEqualTo(m.type().code());
      assertThat(r.get(2))
          .as("frame %d called ssn", i + 1)
          .isEqualTo(m.called().ssn() == null ? "" : m.called().ssn().toString());
      assertThat(r.get(3))
          .as("frame %d calling ssn", i + 1)
          .isEqualTo(m.calling().ssn() == null ? "" : m.calling().ssn().toString());
      if (m.called().globalTitle() != null) {
        GlobalTitle gt = m.called().globalTitle();
        assertThat(r.get(4)).as("frame %d called digits", i + 1).isEqualTo(gt.digits());
        assertThat(n(r.get(9))).as("frame %d called gti", i + 1).isEqualTo(gt.indicator().code());
        assertThat(n(r.get(6))).as("frame %d called tt", i + 1).isEqualTo(gt.translationType());
        assertThat(n(r.get(7))).as("frame %d called np", i + 1).isEqualTo(gt.numberingPlan());
        if (gt.indicator() == GlobalTitleIndicator.TT_NP_ES_NAI) {
          assertThat(n(r.get(8))).as("frame %d called nai", i + 1).isEqualTo(gt.natureOfAddress());
        }
      }
      if (m.calling().globalTitle() != null) {
        assertThat(r.get(5))
            .as("frame %d calling digits", i + 1)
            .isEqualTo(m.calling().globalTitle().digits());
      }
      if (m.hopCounter() >= 0) {
        assertThat(n(r.get(11))).as("frame %d hop counter", i + 1).isEqualTo(m.hopCounter());
      }
      assertThat(r.get(12)).isEqualTo(Integer.toString(t.opc().value()));
      assertThat(r.get(13)).isEqualTo(Integer.toString(t.dpc().value()));
    }
    // the first frames, spelt out: MSC -> STP route on GT, STP -> HLR1 route on SSN
    List<String> first =
        rows.stream()
            .filter(r -> r.get(12).equals("" + MSC.value()) && r.get(2).equals("6"))
            .findFirst()
            .orElseThrow();
    assertThat(first.subList(0, 10))
        .containsExactly(
            "0x09",
            "0x00",
            "6",
            "8",
            "999770000001",
            "999880000001",
            "0x00",
            "0x01",
            "0x04",
            "0x04");
    List<String> relayed =
        rows.stream()
            .filter(
                r ->
                    r.get(12).equals("" + STP.value())
                        && r.get(13).equals("" + HLR1.value())
                        && r.get(2).equals("6"))
            .findFirst()
            .orElseThrow();
    assertThat(n(relayed.get(1))).as("route on SSN after translation").isEqualTo(1);
    assertThat(rows)
        .anySatisfy(
            r -> {
              assertThat(n(r.get(0))).isEqualTo(0x0a); // UDTS
              assertThat(n(r.get(10))).isEqualTo(5); // MTP failure
            });
    assertThat(rows)
        .filteredOn(r -> n(r.get(0)) == 0x11)
        .hasSizeGreaterThan(20); // XUDT segments, both hops
    assertThat(rows)
        .filteredOn(r -> n(r.get(9)) == 3)
        .singleElement()
        .satisfies(r -> assertThat(r.get(4)).isEqualTo("999770000009"));
    List<List<String>> scmg =
        Tshark.fields(
            pcap,
            List.of("-Y", "sccpmg"),
            "sccpmg.message_type",
            "sccpmg.ssn",
            "sccpmg.pc",
            "mtp3.opc",
            "mtp3.dpc");
    assertThat(scmg).extracting(r -> n(r.get(0))).contains(1, 2, 3); // SSA, SSP, SST
    assertThat(scmg)
        .filteredOn(r -> n(r.get(0)) == 3) // SST about HLR1's SSN 6 from the STP and the MSC
        .extracting(r -> String.join(" ", r.subList(1, 5)))
        .containsExactly(
            "6 " + HLR1.value() + " " + STP.value() + " " + HLR1.value(),
            "6 " + HLR1.value() + " " + MSC.value() + " " + HLR1.value());
    assertThat(scmg)
        .filteredOn(r -> n(r.get(0)) == 2) // SSP broadcast by HLR1 to the STP and the MSC
        .extracting(r -> r.get(4))
        .containsExactly("" + STP.value(), "" + MSC.value());
  }
}
