package org.ss7sim.tcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.tcap.testing.FakeSccpNetwork.ADDRESS_A;
import static org.ss7sim.tcap.testing.FakeSccpNetwork.ADDRESS_B;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.tcap.component.ErrorCode;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.RejectProblem;
import org.ss7sim.tcap.testing.FakeSccpNetwork;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.ObjectIdentifier;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * Our TCAP encodings, produced by two stacks talking, written as M3UA DATA / SCCP UDT into a pcap
 * (both wrappers built by hand here: RFC 4666 §3.3.1, Q.713 §4.10) and dissected by tshark.
 */
class TcapTsharkTest {
  static final ObjectIdentifier SHORT_MSG_MT_RELAY_V3 = ObjectIdentifier.parse("0.4.0.0.1.0.25.3");
  static final OperationCode MT_FORWARD_SM = OperationCode.local(44);

  @TempDir Path dir;

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

  /**
   * M3UA DATA, RFC 4666 §3.3.1: common header and Protocol Data (OPC, DPC, SI=3 SCCP, NI, MP, SLS).
   */
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

  @Test
  void our_messages_decode_in_tshark_with_the_right_tcap_fields_and_no_malformed_frame()
      throws Exception {
    Tshark.assumeInstalled();
    VirtualClock clock = new VirtualClock();
    FakeSccpNetwork net = new FakeSccpNetwork();
    TcapStack a = new TcapStack(net.a, Ssn.MSC, clock, TcapConfig.defaults());
    TcapStack b = new TcapStack(net.b, Ssn.HLR, clock, TcapConfig.defaults());
    RecordingUser userA = new RecordingUser();
    RecordingUser userB = new RecordingUser();
    a.bind(userA);
    b.bind(userB);
    Octets argument = MtForwardSmSample.argument();

    // 1 Begin (AARQ, invoke), 2 Continue (AARE, RR-NL + Reject), 3 End (RR-L)
    userB.onBegin =
        ind -> {
          Invoke inv = (Invoke) ind.components().get(0);
          ind.dialogue().returnResultNotLast(inv.invokeId(), inv.opCode(), Octets.fromHex("3000"));
          ind.dialogue()
              .reject(InvokeId.of(9), RejectProblem.InvokeProblem.UNRECOGNIZED_OPERATION.problem());
          ind.dialogue().continueWith();
        };
    Dialogue d = a.newDialogue(ADDRESS_A, ADDRESS_B, SHORT_MSG_MT_RELAY_V3);
    d.invoke(MT_FORWARD_SM, argument, OperationClass.CLASS_1, Duration.ofSeconds(30));
    d.begin();
    net.pump();
    Dialogue atB = userB.last(BeginIndication.class).dialogue();
    atB.returnResultLast(InvokeId.of(1), MT_FORWARD_SM, null);
    atB.end();
    net.pump();
    // 4 Begin, 5 End with ReturnError (absentSubscriberSM 6)
    userB.onBegin =
        ind -> {
          ind.dialogue().returnError(ind.components().get(0).invokeId(), ErrorCode.local(6), null);
          ind.dialogue().end();
        };
    Dialogue d2 = a.newDialogue(ADDRESS_A, ADDRESS_B, SHORT_MSG_MT_RELAY_V3);
    d2.invoke(MT_FORWARD_SM, argument, OperationClass.CLASS_1, Duration.ofSeconds(30));
    d2.begin();
    net.pump();
    // 6 Begin, 7 Abort (U-Abort ABRT)
    userB.onBegin = ind -> ind.dialogue().userAbort(null);
    a.newDialogue(ADDRESS_A, ADDRESS_B, SHORT_MSG_MT_RELAY_V3).begin();
    net.pump();
    // 8 Continue to an unknown dialogue, 9 its P-Abort
    net.b.receive(ADDRESS_B, ADDRESS_A, Octets.fromHex("650c 4804 0000abcd 4904 12345678"));
    net.pump();
    List<UnitdataRequest> wire = net.wire;
    wire.add(
        7,
        new UnitdataRequest(
            ADDRESS_B,
            ADDRESS_A,
            org.ss7sim.sccp.ProtocolClass.CLASS_1,
            0,
            true,
            Octets.fromHex("650c 4804 0000abcd 4904 12345678")));

    Path pcap = dir.resolve("tcap.pcap");
    Endpoint epA = Endpoint.of("127.0.0.1", 40001);
    Endpoint epB = Endpoint.of("127.0.0.2", 2905);
    try (PcapWriter out = PcapWriter.create(pcap)) {
      long t = 1_700_000_000_000_000L;
      for (UnitdataRequest r : wire) {
        boolean fromA = r.calling().equals(ADDRESS_A);
        out.writeM3ua(
            t += 1000,
            fromA ? epA : epB,
            fromA ? epB : epA,
            1,
            m3uaData(r.calling().pointCode().value(), r.called().pointCode().value(), udt(r)));
      }
    }

    String[] fields = {
      "frame.protocols", "tcap.otid", "tcap.dtid", "tcap.application_context_name",
      "gsm_old.invokeID", "gsm_old.localValue", "gsm_old.derivable", "gsm_old.invokeProblem",
      "tcap.p_abortCause", "tcap.abort_source", "_ws.col.Info", "gsm_sms.sms_text"
    };
    List<List<String>> rows = Tshark.fields(pcap, List.of(), fields);
    String dump = String.join("\n", rows.stream().map(Object::toString).toList());
    assertThat(Tshark.malformedFrames(pcap, List.of())).as(dump).isEmpty();
    assertThat(rows).as(dump).hasSize(9);
    String acn = SHORT_MSG_MT_RELAY_V3.toString();
    // Begin: AARQ with the ACN, invoke 1 mt-forwardSM (44), the SMS text readable in gsm_sms
    assertThat(rows.get(0))
        .as(dump)
        .containsExactly(
            "eth:ethertype:ip:sctp:m3ua:sccp:tcap:gsm_map:gsm_sms",
            "00000001",
            "",
            acn,
            "1",
            "44",
            "",
            "",
            "",
            "",
            "invoke mt-forwardSM ",
            MtForwardSmSample.TEXT);
    // Continue: AARE with the ACN, returnResultNotLast for 1 and a Reject (unrecognizedOperation)
    // for 9
    assertThat(rows.get(1).subList(0, 8))
        .as(dump)
        .containsExactly(
            "eth:ethertype:ip:sctp:m3ua:sccp:tcap:gsm_map:gsm_map",
            "00000001",
            "00000001",
            acn,
            "1",
            "44",
            "9",
            "1");
    assertThat(rows.get(1).get(10)).contains("returnResultNotLast").contains("reject");
    // End: returnResultLast for invoke 1
    assertThat(rows.get(2).subList(1, 6)).as(dump).containsExactly("", "00000001", "", "1", "44");
    assertThat(rows.get(2).get(10)).contains("returnResultLast");
    // Begin 2 and its End with returnError absentSubscriberSM (6)
    assertThat(rows.get(3).get(1)).isEqualTo("00000002");
    assertThat(rows.get(4).subList(1, 6)).as(dump).containsExactly("", "00000002", acn, "1", "6");
    assertThat(rows.get(4).get(10)).contains("returnError");
    // Begin 3 without components, answered by a U-Abort (ABRT, abort-source dialogue-service-user)
    assertThat(rows.get(5).subList(1, 4)).containsExactly("00000003", "", acn);
    assertThat(rows.get(6).subList(1, 10))
        .containsExactly("", "00000003", "", "", "", "", "", "", "0");
    // Continue for an unknown dialogue, answered with P-Abort unrecognizedTransactionID (1)
    assertThat(rows.get(7).subList(1, 3)).containsExactly("0000abcd", "12345678");
    assertThat(rows.get(8).subList(1, 10))
        .containsExactly("", "0000abcd", "", "", "", "", "", "1", "");
  }
}
