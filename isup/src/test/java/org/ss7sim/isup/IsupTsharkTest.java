package org.ss7sim.isup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.isup.call.CallReference;
import org.ss7sim.isup.call.CallSetup;
import org.ss7sim.isup.circuit.TrunkGroupConfig;
import org.ss7sim.isup.message.CallProgress;
import org.ss7sim.isup.message.Cic;
import org.ss7sim.isup.message.Confusion;
import org.ss7sim.isup.message.Connect;
import org.ss7sim.isup.message.Continuity;
import org.ss7sim.isup.message.FacilityAccepted;
import org.ss7sim.isup.message.FacilityRequest;
import org.ss7sim.isup.message.ForwardTransfer;
import org.ss7sim.isup.message.Information;
import org.ss7sim.isup.message.InformationRequest;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.message.IsupMessageCodec;
import org.ss7sim.isup.message.IsupMessageType;
import org.ss7sim.isup.message.Release;
import org.ss7sim.isup.message.Resume;
import org.ss7sim.isup.message.SubsequentAddress;
import org.ss7sim.isup.message.Suspend;
import org.ss7sim.isup.parameter.BackwardCallIndicators;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.CallingPartysCategory;
import org.ss7sim.isup.parameter.CauseIndicators;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.isup.parameter.ContinuityIndicators;
import org.ss7sim.isup.parameter.EventInformation;
import org.ss7sim.isup.parameter.FacilityIndicator;
import org.ss7sim.isup.parameter.InformationIndicators;
import org.ss7sim.isup.parameter.InformationRequestIndicators;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.isup.parameter.SubsequentNumber;
import org.ss7sim.isup.parameter.SuspendResumeIndicators;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.loopback.LoopbackMtpNetwork;
import org.ss7sim.testkit.GoldenVector;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapWriter;

/** tshark 4.0.17 decodes the ISUP we encode, carried in hand-built M3UA DATA over SCTP. */
class IsupTsharkTest {
  static final Endpoint A = Endpoint.of("127.0.0.1", 40001);
  static final Endpoint B = Endpoint.of("127.0.0.2", 2905);

  /**
   * M3UA DATA (RFC 4666 §3.3.1): common header 01 00 01 01 + length, Protocol Data (tag 0x0210)
   * with OPC, DPC, SI, NI, MP, SLS and the ISUP message, padded to 4 octets.
   */
  static Octets m3uaData(int opc, int dpc, int ni, int sls, Octets isup) {
    WireWriter w = new WireWriter();
    w.writeU8(1).writeU8(0).writeU8(1).writeU8(1);
    int total = w.reserve(4);
    w.writeU16(0x0210).writeU16(4 + 12 + isup.length());
    w.writeU32(opc).writeU32(dpc);
    w.writeU8(5).writeU8(ni).writeU8(0).writeU8(sls);
    w.writeOctets(isup);
    w.padTo(4);
    w.patchU32(total, w.position());
    return w.toOctets();
  }

  record Frame(int opc, int dpc, IsupMessage message) {}

  List<Frame> frames() throws Exception {
    List<Frame> frames = new ArrayList<>();
    // A whole call from our own call processing: IAM with calling number, ACM, ANM, REL 16, RLC.
    VirtualClock clock = new VirtualClock();
    LoopbackMtpNetwork network = new LoopbackMtpNetwork();
    Exchange a =
        new Exchange(
            network,
            clock,
            100,
            IsupConfig.of(TrunkGroupConfig.of("toB", PointCode.itu(200), 17, 20)));
    Exchange b =
        new Exchange(
            network,
            clock,
            200,
            IsupConfig.of(TrunkGroupConfig.of("toA", PointCode.itu(100), 17, 20)));
    b.onIncoming = c -> b.isup.alert(c.call());
    CallReference call = a.isup.placeCall(CallSetup.of("toB", "0012345678", "0015550001"));
    b.isup.answer(b.incoming.get(0).call());
    a.isup.release(call, CauseValue.NORMAL_CLEARING);
    a.isup.groupReset("toB", 17, 3);
    a.isup.block("toB", 18);
    a.isup.unblock("toB", 18);
    a.isup.groupBlock("toB", 17, new boolean[] {true, false, true, false}, false);
    a.isup.groupUnblock("toB", 17, new boolean[] {true, false, true, false}, false);
    a.isup.reset("toB", 19);
    for (MtpTransfer t : network.log()) {
      frames.add(
          new Frame(t.opc().value(), t.dpc().value(), IsupMessageCodec.decode(t.userData())));
    }
    // Messages call processing above did not produce, built directly.
    Cic cic = Cic.of(21);
    OptionalParameters calling =
        OptionalParameters.of(
            CallingPartysCategory.ORDINARY_SUBSCRIBER, CallingPartyNumber.national("0015550001"));
    for (IsupMessage m :
        List.of(
            new SubsequentAddress(cic, new SubsequentNumber("89f")),
            new InformationRequest(cic, new InformationRequestIndicators(0x09)),
            new Information(cic, new InformationIndicators(0x23), calling),
            new Continuity(cic, ContinuityIndicators.SUCCESSFUL),
            new Connect(cic, BackwardCallIndicators.of(2, 0, 1, true)),
            new ForwardTransfer(cic),
            new CallProgress(cic, EventInformation.of(EventInformation.ALERTING)),
            new Suspend(cic, SuspendResumeIndicators.NETWORK_INITIATED),
            new Resume(cic, SuspendResumeIndicators.NETWORK_INITIATED),
            new FacilityRequest(cic, new FacilityIndicator(2)),
            new FacilityAccepted(cic, new FacilityIndicator(2)),
            new Confusion(
                cic,
                CauseIndicators.of(CauseValue.MESSAGE_TYPE_NON_EXISTENT, Octets.ofUnsigned(0xee))),
            new Release(cic, CauseIndicators.of(CauseValue.USER_BUSY)))) {
      frames.add(new Frame(100, 200, m));
    }
    // Every well-formed third-party vector, re-encoded by us.
    for (GoldenVector v :
        GoldenVectors.tsv("isup.tsv", n -> !n.contains("CNFTest") && !n.contains("SAMTest"))) {
      frames.add(new Frame(200, 100, IsupMessageCodec.decode(v.bytes())));
    }
    return frames;
  }

  @Test
  void tshark_decodes_every_message_type_cic_digits_and_causes_without_malformed_frames(
      @TempDir Path dir) throws Exception {
    Tshark.assumeInstalled();
    List<Frame> frames = frames();
    Path pcap = dir.resolve("isup.pcap");
    try (PcapWriter w = PcapWriter.create(pcap)) {
      long t = 1_700_000_000_000_000L;
      for (Frame f : frames) {
        Octets isup = IsupMessageCodec.encode(f.message());
        w.writeM3ua(
            t += 1000,
            f.opc() == 100 ? A : B,
            f.opc() == 100 ? B : A,
            1,
            m3uaData(f.opc(), f.dpc(), 2, f.message().cic().value() & 0x0f, isup));
      }
    }
    assertThat(Tshark.malformedFrames(pcap, List.of()))
        .as(Tshark.verbose(pcap, List.of()))
        .isEmpty();
    List<List<String>> rows =
        Tshark.fields(
            pcap,
            List.of(),
            "isup.message_type",
            "isup.cic",
            "isup.called",
            "isup.calling",
            "isup.cause_indicator",
            "mtp3.opc",
            "mtp3.dpc");
    assertThat(rows).hasSize(frames.size());
    List<IsupMessageType> seen = new ArrayList<>();
    for (int i = 0; i < frames.size(); i++) {
      IsupMessage m = frames.get(i).message();
      List<String> row = rows.get(i);
      assertThat(row.get(0))
          .as("message type of frame %d", i + 1)
          .isEqualTo(Integer.toString(m.typeCode()));
      assertThat(row.get(1))
          .as("CIC of frame %d", i + 1)
          .isEqualTo(Integer.toString(m.cic().value()));
      seen.add(m.type());
    }
    // The call: IAM digits, REL cause.
    assertThat(rows.get(0).get(2)).isEqualTo("0012345678");
    assertThat(rows.get(0).get(3)).isEqualTo("0015550001");
    assertThat(rows.get(0).subList(5, 7)).containsExactly("100", "200");
    assertThat(frames.get(3).message().type()).isEqualTo(IsupMessageType.REL);
    assertThat(rows.get(3).get(4)).isEqualTo("16");
    int cfn = seen.indexOf(IsupMessageType.CFN);
    assertThat(rows.get(cfn).get(4)).isEqualTo("97");
    int busy = seen.lastIndexOf(IsupMessageType.REL);
    assertThat(rows.get(busy).get(4)).isIn("17", "31");
    // Every message type this codec knows appears at least once.
    List<IsupMessageType> all = new ArrayList<>(List.of(IsupMessageType.values()));
    all.remove(IsupMessageType.UNRECOGNIZED);
    assertThat(seen).containsAll(all);
  }
}
