package org.ss7sim.sccp.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.sccp.stack.GtNetwork.HLR1;
import static org.ss7sim.sccp.stack.GtNetwork.HLR_GT;
import static org.ss7sim.sccp.stack.GtNetwork.MSC;
import static org.ss7sim.sccp.stack.GtNetwork.MSC_GT;
import static org.ss7sim.sccp.stack.GtNetwork.STP;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.loopback.LoopbackMtpNetwork;
import org.ss7sim.sccp.ProtocolClass;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.sccp.message.ExtendedUnitdataService;
import org.ss7sim.sccp.message.LongUnitdata;
import org.ss7sim.sccp.message.SccpMessage;
import org.ss7sim.sccp.message.SccpMessageType;
import org.ss7sim.sccp.message.Segmentation;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;

class SegmentationTest {
  private GtNetwork net;

  @BeforeEach
  void setUp() {
    net = new GtNetwork();
  }

  static Octets payload(int length) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      b[i] = (byte) (i * 7 + i / 256);
    }
    return Octets.wrap(b);
  }

  private List<SccpMessage> userMessagesTo(PointCode dpc) {
    return net.mtp.log().stream()
        .filter(t -> t.dpc().equals(dpc))
        .map(GtNetwork::decode)
        .filter(m -> !Ssn.SCMG.equals(m.called().ssn()))
        .toList();
  }

  @Nested
  class Segmenting_Q714_4_1_1 {
    @Test
    void a_3_kb_payload_crosses_the_stp_as_several_xudts_and_reassembles() {
      Octets data = payload(3000);
      net.mscToHlr(data, true);

      List<SccpMessage> toStp = userMessagesTo(STP);
      assertThat(toStp)
          .hasSizeGreaterThan(10)
          .hasSizeLessThanOrEqualTo(16)
          .allSatisfy(m -> assertThat(m.type()).isEqualTo(SccpMessageType.XUDT));
      List<Segmentation> segs = toStp.stream().map(m -> m.segmentation().orElseThrow()).toList();
      int n = segs.size();
      assertThat(segs.get(0).first()).isTrue();
      assertThat(segs.subList(1, n)).noneMatch(Segmentation::first);
      assertThat(segs)
          .extracting(Segmentation::remainingSegments)
          .containsExactlyElementsOf(
              java.util.stream.IntStream.range(0, n).map(i -> n - 1 - i).boxed().toList());
      assertThat(segs)
          .extracting(Segmentation::localReference)
          .containsOnly(segs.get(0).localReference());
      assertThat(segs).allMatch(Segmentation::class1);
      assertThat(net.mtp.log())
          .filteredOn(t -> t.dpc().equals(STP) && t.opc().equals(MSC))
          .allSatisfy(
              t ->
                  assertThat(t.userData().length())
                      .isLessThanOrEqualTo(SccpStackConfig.MTP3_MAX_SCCP_LENGTH));
      assertThat(net.mtp.log())
          .filteredOn(t -> t.dpc().equals(STP) && t.opc().equals(MSC) && !isScmg(t))
          .extracting(MtpTransfer::sls)
          .containsOnly(3);
      assertThat(userMessagesTo(HLR1)).hasSize(n);

      assertThat(net.hlr1User.unitdata).hasSize(1);
      assertThat(net.hlr1User.unitdata.get(0).data()).isEqualTo(data);
      assertThat(net.hlr1User.unitdata.get(0).protocolClass()).isEqualTo(ProtocolClass.CLASS_1);
      assertThat(net.hlr1User.unitdata.get(0).calling()).isEqualTo(MSC_GT);
      assertThat(net.hlr1.counters().get(SccpCounter.REASSEMBLED)).isEqualTo(1);
      assertThat(net.msc.counters().get(SccpCounter.SEGMENTS_SENT)).isEqualTo(n);
      net.assertQuiet();
      assertThat(net.clock.pendingTimers()).isZero();
    }

    @Test
    void class_0_data_is_segmented_as_class_1_and_indicated_as_class_0() {
      net.msc.unitdata(
          new UnitdataRequest(HLR_GT, MSC_GT, ProtocolClass.CLASS_0, 0, false, payload(600)));
      assertThat(userMessagesTo(STP))
          .allSatisfy(m -> assertThat(m.segmentation().orElseThrow().class1()).isFalse());
      assertThat(net.hlr1User.unitdata)
          .singleElement()
          .satisfies(u -> assertThat(u.protocolClass()).isEqualTo(ProtocolClass.CLASS_0));
    }

    @Test
    void data_that_would_need_more_than_16_segments_is_refused_with_segmentation_failure() {
      net.mscToHlr(payload(5000), true);
      assertThat(userMessagesTo(STP)).isEmpty();
      assertThat(net.mscUser.notices)
          .singleElement()
          .satisfies(n -> assertThat(n.reason()).isEqualTo(ReturnCause.SEGMENTATION_FAILURE));
    }

    @Test
    void with_long_messages_enabled_3_kb_go_as_one_ludt() {
      VirtualClock clock = new VirtualClock();
      LoopbackMtpNetwork mtp = new LoopbackMtpNetwork();
      SccpStackConfig cfg = SccpStackConfig.defaults().withLongMessages(true);
      SccpStack a = new SccpStack(mtp.attach(PointCode.itu(1)), clock, cfg);
      SccpStack b = new SccpStack(mtp.attach(PointCode.itu(2)), clock, cfg);
      RecordingUser user = new RecordingUser();
      b.register(Ssn.HLR, user);
      a.register(Ssn.MSC, new RecordingUser());
      Octets data = payload(3000);
      a.unitdata(
          new UnitdataRequest(
              SccpAddress.ofSsn(PointCode.itu(2), Ssn.HLR),
              SccpAddress.ofSsn(null, Ssn.MSC),
              ProtocolClass.CLASS_0,
              0,
              false,
              data));
      assertThat(mtp.log())
          .filteredOn(t -> t.opc().equals(PointCode.itu(1)))
          .extracting(t -> GtNetwork.decode(t).type())
          .containsExactly(SccpMessageType.LUDT);
      assertThat(GtNetwork.decode(mtp.log().get(mtp.log().size() - 1)))
          .isInstanceOf(LongUnitdata.class);
      assertThat(user.unitdata)
          .singleElement()
          .satisfies(
              u -> {
                assertThat(u.data()).isEqualTo(data);
                assertThat(u.calling()).isEqualTo(SccpAddress.ofSsn(PointCode.itu(1), Ssn.MSC));
              });
    }
  }

  @Nested
  class Reassembly_Q714_4_1_2 {
    @Test
    void a_missing_segment_times_out_and_is_reported_to_the_sender_as_segmentation_failure() {
      AtomicInteger toHlr = new AtomicInteger();
      net.mtp.dropWhen(t -> t.dpc().equals(HLR1) && !isScmg(t) && toHlr.incrementAndGet() == 3);
      Octets data = payload(3000);
      net.mscToHlr(data, true);
      assertThat(net.hlr1User.unitdata).isEmpty();
      assertThat(net.hlr1.counters().get(SccpCounter.REASSEMBLY_FAILURES))
          .as("segment 4 arrives after 2: out of sequence, and the rest have no reassembly")
          .isPositive();
      assertThat(net.mscUser.notices)
          .singleElement()
          .satisfies(
              n -> {
                assertThat(n.reason()).isEqualTo(ReturnCause.SEGMENTATION_FAILURE);
                assertThat(n.called().globalTitle().digits()).isEqualTo("999770000001");
                assertThat(data.slice(0, n.data().length())).isEqualTo(n.data());
              });
      assertThat(net.hlr1.pendingReassemblies()).isZero();
    }

    @Test
    void a_lost_last_segment_is_reported_when_the_reassembly_timer_expires() {
      net.mtp.dropWhen(
          t ->
              t.dpc().equals(HLR1)
                  && !isScmg(t)
                  && GtNetwork.decode(t)
                      .segmentation()
                      .map(s -> s.remainingSegments() == 0)
                      .orElse(false));
      net.mscToHlr(payload(3000), true);
      assertThat(net.hlr1.pendingReassemblies()).isEqualTo(1);
      assertThat(net.mscUser.notices).isEmpty();

      net.clock.advance(Duration.ofSeconds(9));
      assertThat(net.mscUser.notices).isEmpty();
      net.clock.advance(Duration.ofSeconds(1));
      assertThat(net.hlr1.pendingReassemblies()).isZero();
      assertThat(net.hlr1.counters().get(SccpCounter.REASSEMBLY_TIMEOUTS)).isEqualTo(1);
      assertThat(net.mscUser.notices)
          .singleElement()
          .satisfies(n -> assertThat(n.reason()).isEqualTo(ReturnCause.SEGMENTATION_FAILURE));
      SccpMessage xudts =
          net.mtp.log().stream()
              .filter(t -> t.dpc().equals(MSC))
              .map(GtNetwork::decode)
              .filter(m -> m.type() == SccpMessageType.XUDTS)
              .findFirst()
              .orElseThrow();
      assertThat(((ExtendedUnitdataService) xudts).returnCause())
          .isEqualTo(ReturnCause.SEGMENTATION_FAILURE);
      assertThat(xudts.segmentation().orElseThrow().first()).isTrue();
    }

    @Test
    void the_reassembly_table_is_bounded() {
      VirtualClock clock = new VirtualClock();
      LoopbackMtpNetwork mtp = new LoopbackMtpNetwork();
      SccpStack a = new SccpStack(mtp.attach(PointCode.itu(1)), clock, SccpStackConfig.defaults());
      SccpStack b =
          new SccpStack(
              mtp.attach(PointCode.itu(2)),
              clock,
              SccpStackConfig.defaults().withMaxReassemblies(2));
      b.register(Ssn.HLR, new RecordingUser());
      RecordingUser sender = new RecordingUser();
      a.register(Ssn.MSC, sender);
      mtp.dropWhen(
          t ->
              t.dpc().equals(PointCode.itu(2))
                  && GtNetwork.decode(t).segmentation().map(s -> !s.first()).orElse(false));
      for (int i = 0; i < 3; i++) {
        a.unitdata(
            new UnitdataRequest(
                SccpAddress.ofSsn(PointCode.itu(2), Ssn.HLR),
                SccpAddress.ofSsn(null, Ssn.MSC),
                ProtocolClass.CLASS_1,
                i,
                true,
                payload(1000)));
      }
      assertThat(b.pendingReassemblies()).isEqualTo(2);
      assertThat(b.counters().get(SccpCounter.REASSEMBLY_OVERFLOW)).isEqualTo(1);
      assertThat(clock.pendingTimers()).isEqualTo(2);
      assertThat(sender.notices)
          .singleElement()
          .satisfies(
              n ->
                  assertThat(n.reason())
                      .isEqualTo(ReturnCause.DESTINATION_CANNOT_PERFORM_REASSEMBLY));
      clock.advance(Duration.ofSeconds(10));
      assertThat(b.pendingReassemblies()).isZero();
      assertThat(sender.notices).hasSize(3);
    }

    @Test
    void stop_drops_partial_messages_and_their_timers() {
      net.mtp.dropWhen(
          t ->
              t.dpc().equals(HLR1)
                  && !isScmg(t)
                  && GtNetwork.decode(t).segmentation().map(s -> !s.first()).orElse(false));
      net.mscToHlr(payload(1000), true);
      net.hlr1.unregister(Ssn.HLR);
      net.clock.advance(Duration.ofSeconds(1)); // SST timers at the STP and MSC start
      assertThat(net.hlr1.pendingReassemblies()).isEqualTo(1);
      for (SccpStack s : List.of(net.stp, net.msc, net.hlr1, net.hlr2)) {
        s.stop();
      }
      assertThat(net.hlr1.pendingReassemblies()).isZero();
      assertThat(net.clock.pendingTimers()).isZero();
    }
  }

  private static boolean isScmg(MtpTransfer t) {
    return Ssn.SCMG.equals(GtNetwork.decode(t).called().ssn());
  }
}
