package org.ss7sim.sccp.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.sccp.stack.GtNetwork.HLR1;
import static org.ss7sim.sccp.stack.GtNetwork.HLR2;
import static org.ss7sim.sccp.stack.GtNetwork.HLR_GT;
import static org.ss7sim.sccp.stack.GtNetwork.MSC;
import static org.ss7sim.sccp.stack.GtNetwork.MSC_GT;
import static org.ss7sim.sccp.stack.GtNetwork.STP;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.mtp.MtpService;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.NetworkIndicator;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.ProtocolClass;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataIndication;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.sccp.message.ExtendedUnitdata;
import org.ss7sim.sccp.message.ExtendedUnitdataService;
import org.ss7sim.sccp.message.ProtocolClassField;
import org.ss7sim.sccp.message.SccpMessage;
import org.ss7sim.sccp.message.SccpMessageCodec;
import org.ss7sim.sccp.message.SccpMessageType;
import org.ss7sim.sccp.message.Unitdata;
import org.ss7sim.sccp.message.UnitdataService;
import org.ss7sim.sccp.scmg.ScmgMessageType;
import org.ss7sim.sccp.scmg.SubsystemManagement.RemoteSubsystemState;
import org.ss7sim.wire.Octets;

class SccpStackTest {
  private static final Octets TCAP = Octets.fromHex("6203490101");
  private GtNetwork net;

  @BeforeEach
  void setUp() {
    net = new GtNetwork();
  }

  private List<MtpTransfer> sccpTo(PointCode dpc) {
    return net.mtp.log().stream().filter(t -> t.dpc().equals(dpc)).toList();
  }

  @Nested
  class RouteOnGlobalTitle_Q714_2_3 {
    @Test
    void msc_reaches_hlr_through_the_stp_and_the_hlr_answers_to_the_calling_gt() {
      net.mscToHlr(TCAP, false);

      assertThat(net.hlr1User.unitdata).hasSize(1);
      UnitdataIndication in = net.hlr1User.unitdata.get(0);
      assertThat(in.data()).isEqualTo(TCAP);
      assertThat(in.called().routingIndicator()).isEqualTo(RoutingIndicator.ROUTE_ON_SSN);
      assertThat(in.called().ssn()).isEqualTo(Ssn.HLR);
      assertThat(in.called().globalTitle().digits()).isEqualTo("999770000001");
      assertThat(in.calling()).isEqualTo(MSC_GT);
      assertThat(in.protocolClass()).isEqualTo(ProtocolClass.CLASS_1);
      assertThat(in.sequenceControl()).isEqualTo(3);

      net.hlr1.unitdata(
          new UnitdataRequest(
              in.calling(),
              in.called(),
              ProtocolClass.CLASS_1,
              3,
              false,
              Octets.fromHex("6403490101")));
      assertThat(net.mscUser.unitdata)
          .extracting(UnitdataIndication::data)
          .containsExactly(Octets.fromHex("6403490101"));
      assertThat(net.mscUser.unitdata.get(0).calling().globalTitle().digits())
          .isEqualTo("999770000001");
      assertThat(net.stp.counters().get(SccpCounter.RELAYED)).isEqualTo(2);
      assertThat(net.hlr2User.unitdata).isEmpty();
      net.assertQuiet();
    }

    @Test
    void the_edge_node_sends_to_the_stp_with_route_on_gt_and_the_stp_forwards_route_on_ssn() {
      net.mscToHlr(TCAP, false);
      Unitdata toStp = (Unitdata) GtNetwork.decode(sccpTo(STP).get(sccpTo(STP).size() - 1));
      assertThat(toStp.called()).isEqualTo(HLR_GT);
      Unitdata toHlr = (Unitdata) GtNetwork.decode(sccpTo(HLR1).get(sccpTo(HLR1).size() - 1));
      assertThat(toHlr.called().routingIndicator()).isEqualTo(RoutingIndicator.ROUTE_ON_SSN);
      assertThat(toHlr.called().pointCode()).isNull();
      assertThat(toHlr.calling()).isEqualTo(MSC_GT);
    }

    @Test
    void an_answer_from_the_translated_ssn_address_leaves_with_the_answering_nodes_point_code() {
      net.mscToHlr(TCAP, false);
      UnitdataIndication in = net.hlr1User.unitdata.get(0);
      assertThat(in.called().pointCode()).as("as the STP's translation gave it").isNull();

      // the HLR answers from the address it was reached at: route on SSN, GT kept, no PC
      net.hlr1.unitdata(
          new UnitdataRequest(in.calling(), in.called(), ProtocolClass.CLASS_1, 3, false, TCAP));

      Unitdata sent = (Unitdata) GtNetwork.decode(sccpTo(STP).get(sccpTo(STP).size() - 1));
      assertThat(sent.calling().routingIndicator()).isEqualTo(RoutingIndicator.ROUTE_ON_SSN);
      assertThat(sent.calling().pointCode()).as("Q.714 §2.7: OPC inserted").isEqualTo(HLR1);
      assertThat(sent.calling().globalTitle().digits()).isEqualTo("999770000001");
      SccpAddress answerFrom = net.mscUser.unitdata.get(0).calling();
      assertThat(answerFrom.pointCode()).isEqualTo(HLR1);

      // so the MSC's next message on that address goes to the HLR, not to the MSC itself
      net.msc.unitdata(
          new UnitdataRequest(answerFrom, MSC_GT, ProtocolClass.CLASS_1, 3, false, TCAP));
      assertThat(net.hlr1User.unitdata).hasSize(2);
      assertThat(net.mscUser.unitdata).hasSize(1);
      assertThat(sccpTo(HLR1)).last().extracting(MtpTransfer::opc).isEqualTo(MSC);
    }

    @Test
    void a_received_ssn_calling_address_without_point_code_gets_the_opc() {
      RecordingPeer peer = new RecordingPeer(net, PointCode.itu(3000));
      SccpAddress noPc =
          new SccpAddress(
              RoutingIndicator.ROUTE_ON_SSN, null, Ssn.MSC, GlobalTitle.e164("999880000009"));
      peer.send(
          HLR1,
          new Unitdata(
              ProtocolClassField.of(ProtocolClass.CLASS_0, false),
              SccpAddress.ofSsn(HLR1, Ssn.HLR),
              noPc,
              TCAP));
      assertThat(net.hlr1User.unitdata).hasSize(1);
      assertThat(net.hlr1User.unitdata.get(0).calling())
          .isEqualTo(noPc.withPointCode(PointCode.itu(3000)));
    }

    @Test
    void class_1_messages_of_one_sequence_keep_one_sls() {
      for (int i = 0; i < 5; i++) {
        net.msc.unitdata(
            new UnitdataRequest(HLR_GT, MSC_GT, ProtocolClass.CLASS_1, 7, false, TCAP));
      }
      assertThat(sccpTo(HLR1))
          .filteredOn(t -> t.opc().equals(STP))
          .extracting(MtpTransfer::sls)
          .containsOnly(7)
          .hasSize(5);
    }

    @Test
    void class_0_messages_spread_over_sls_values() {
      for (int i = 0; i < 4; i++) {
        net.msc.unitdata(
            new UnitdataRequest(HLR_GT, MSC_GT, ProtocolClass.CLASS_0, 0, false, TCAP));
      }
      assertThat(sccpTo(STP))
          .filteredOn(t -> t.opc().equals(MSC) && scmgType(t) == null)
          .extracting(MtpTransfer::sls)
          .containsExactly(0, 1, 2, 3);
    }
  }

  @Nested
  class BackupAndSubsystemManagement_Q714_5 {
    @Test
    void backup_takes_over_when_the_primary_point_code_is_paused_and_gives_back_on_resume() {
      net.mtp.pause(HLR1);
      net.mscToHlr(TCAP, true);
      assertThat(net.hlr2User.unitdata).hasSize(1);
      assertThat(net.hlr1User.unitdata).isEmpty();
      assertThat(net.mscUser.pointCodeStates)
          .containsExactly(new RecordingUser.PointCodeState(HLR1, false));

      net.mtp.resume(HLR1);
      net.mscToHlr(TCAP, true);
      assertThat(net.hlr1User.unitdata).hasSize(1);
      assertThat(net.hlr2User.unitdata).hasSize(1);
      assertThat(net.mscUser.notices).isEmpty();
    }

    @Test
    void both_hlrs_paused_returns_udts_mtp_failure_to_the_msc_user() {
      net.mtp.pause(HLR1);
      net.mtp.pause(HLR2);
      net.mscToHlr(TCAP, true);
      assertThat(net.mscUser.notices).hasSize(1);
      assertThat(net.mscUser.notices.get(0).reason()).isEqualTo(ReturnCause.MTP_FAILURE);
      assertThat(net.mscUser.notices.get(0).called()).isEqualTo(HLR_GT);
      assertThat(net.mscUser.notices.get(0).data()).isEqualTo(TCAP);
      UnitdataService udts =
          (UnitdataService) GtNetwork.decode(sccpTo(MSC).get(sccpTo(MSC).size() - 1));
      assertThat(udts.returnCause()).isEqualTo(ReturnCause.MTP_FAILURE);
      assertThat(udts.called().globalTitle()).isEqualTo(MSC_GT.globalTitle());
      assertThat(udts.called().ssn()).isEqualTo(Ssn.MSC);
    }

    @Test
    void without_return_option_an_undeliverable_message_is_discarded_and_counted() {
      net.mtp.pause(HLR1);
      net.mtp.pause(HLR2);
      net.mscToHlr(TCAP, false);
      assertThat(net.mscUser.notices).isEmpty();
      assertThat(net.stp.counters().get(SccpCounter.DISCARDED)).isEqualTo(1);
    }

    @Test
    void ssp_from_the_primary_moves_traffic_to_the_backup_and_sst_brings_it_back() {
      net.hlr1.unregister(Ssn.HLR);
      assertThat(net.stp.subsystemManagement().remoteSubsystemState(HLR1, Ssn.HLR))
          .isEqualTo(RemoteSubsystemState.PROHIBITED);
      assertThat(net.mscUser.subsystemStates)
          .containsExactly(new RecordingUser.SubsystemState(HLR1, Ssn.HLR, false));

      net.mscToHlr(TCAP, true);
      assertThat(net.hlr2User.unitdata).hasSize(1);

      net.clock.advance(Duration.ofSeconds(30));
      assertThat(net.stp.subsystemManagement().subsystemStatusTestsSent()).isEqualTo(1);
      assertThat(net.stp.subsystemManagement().remoteSubsystemState(HLR1, Ssn.HLR))
          .as("no SSA while the subsystem is still out of service")
          .isEqualTo(RemoteSubsystemState.PROHIBITED);

      // the HLR comes back: it broadcasts SSA itself; a further SST would be answered too
      RecordingUser back = new RecordingUser();
      net.hlr1.register(Ssn.HLR, back);
      assertThat(net.stp.subsystemManagement().remoteSubsystemState(HLR1, Ssn.HLR))
          .isEqualTo(RemoteSubsystemState.ALLOWED);
      assertThat(net.stp.subsystemManagement().runningStatusTests()).isZero();
      net.mscToHlr(TCAP, true);
      assertThat(back.unitdata).hasSize(1);
    }

    @Test
    void sst_is_answered_with_ssa_by_an_allowed_subsystem() {
      net.hlr1.unregister(Ssn.HLR);
      net.hlr1.register(Ssn.HLR, net.hlr1User);
      // make the STP believe HLR1 is prohibited without the HLR knowing (lost SSA)
      net.mtp.dropWhen(t -> t.dpc().equals(STP) && t.opc().equals(HLR1));
      net.hlr1.unregister(Ssn.HLR);
      net.mtp.dropWhen(t -> false);
      SccpStack stp = net.stp;
      assertThat(stp.subsystemManagement().remoteSubsystemState(HLR1, Ssn.HLR))
          .isEqualTo(RemoteSubsystemState.ALLOWED);

      // SSP reaches the STP now; the HLR re-registers but its SSA is lost; the SST recovers
      net.hlr1.register(Ssn.HLR, net.hlr1User);
      net.hlr1.unregister(Ssn.HLR);
      net.mtp.dropWhen(
          t -> t.dpc().equals(STP) && t.opc().equals(HLR1) && scmgType(t) == ScmgMessageType.SSA);
      net.hlr1.register(Ssn.HLR, net.hlr1User);
      assertThat(stp.subsystemManagement().remoteSubsystemState(HLR1, Ssn.HLR))
          .isEqualTo(RemoteSubsystemState.PROHIBITED);
      net.mtp.dropWhen(t -> false);
      int before = net.mtp.log().size();
      net.clock.advance(Duration.ofSeconds(30));
      assertThat(net.mtp.log().subList(before, net.mtp.log().size()))
          .extracting(SccpStackTest::scmgType)
          .containsExactly(ScmgMessageType.SST, ScmgMessageType.SSA);
      assertThat(stp.subsystemManagement().remoteSubsystemState(HLR1, Ssn.HLR))
          .isEqualTo(RemoteSubsystemState.ALLOWED);
      assertThat(stp.subsystemManagement().runningStatusTests()).isZero();
    }

    @Test
    void
        a_message_for_a_prohibited_local_subsystem_is_returned_with_subsystem_failure_and_answered_with_ssp() {
      // the HLR's own routing: GT rules don't know it is prohibited, send to HLR1 directly by PC +
      // SSN
      net.hlr1.unregister(Ssn.HLR);
      net.msc.unitdata(
          new UnitdataRequest(
              SccpAddress.ofSsn(HLR1, Ssn.HLR), MSC_GT, ProtocolClass.CLASS_0, 0, true, TCAP));
      // the MSC knows from the SSP broadcast: N-NOTICE locally, nothing sent
      assertThat(net.mscUser.notices)
          .extracting(n -> n.reason())
          .containsExactly(ReturnCause.SUBSYSTEM_FAILURE);
    }

    @Test
    void remote_sccp_unavailable_answers_with_sccp_failure_until_its_scmg_answers_the_sst() {
      net.msc
          .subsystemManagement()
          .onRemoteSccpUnavailable(HLR1); // as MTP-STATUS user part unavailable would
      net.msc.unitdata(
          new UnitdataRequest(
              SccpAddress.ofSsn(HLR1, Ssn.HLR), MSC_GT, ProtocolClass.CLASS_0, 0, true, TCAP));
      assertThat(net.mscUser.notices)
          .extracting(n -> n.reason())
          .containsExactly(ReturnCause.SCCP_FAILURE);
      net.clock.advance(Duration.ofSeconds(30)); // SST for SSN 1, answered with SSA by HLR1's SCMG
      assertThat(net.msc.subsystemManagement().remoteSccpAvailable(HLR1)).isTrue();
      net.msc.unitdata(
          new UnitdataRequest(
              SccpAddress.ofSsn(HLR1, Ssn.HLR), MSC_GT, ProtocolClass.CLASS_0, 0, true, TCAP));
      assertThat(net.hlr1User.unitdata).hasSize(1);
    }

    @Test
    void unequipped_subsystem_is_returned_with_unequipped_user_through_the_stp() {
      net.msc.unitdata(
          new UnitdataRequest(
              SccpAddress.ofSsn(HLR1, Ssn.VLR), MSC_GT, ProtocolClass.CLASS_0, 0, true, TCAP));
      assertThat(net.mscUser.notices)
          .extracting(n -> n.reason())
          .containsExactly(ReturnCause.UNEQUIPPED_USER);
    }

    @Test
    void unknown_global_title_is_returned_with_no_translation_for_this_address() {
      SccpAddress unknown = SccpAddress.ofGlobalTitle(GlobalTitle.e164("999660000001"), Ssn.HLR);
      net.msc.unitdata(new UnitdataRequest(unknown, MSC_GT, ProtocolClass.CLASS_0, 0, true, TCAP));
      assertThat(net.mscUser.notices)
          .extracting(n -> n.reason())
          .containsExactly(ReturnCause.NO_TRANSLATION_FOR_ADDRESS);
      assertThat(net.mscUser.notices.get(0).called()).isEqualTo(unknown);
    }
  }

  @Nested
  class HopCounter_Q714_2_3_2 {
    @Test
    void an_xudt_arriving_with_hop_counter_1_is_not_relayed_and_comes_back_as_xudts() {
      RecordingPeer peer = new RecordingPeer(net, PointCode.itu(3000));
      SccpAddress calling = SccpAddress.ofSsn(PointCode.itu(3000), Ssn.MSC);
      peer.send(
          STP,
          new ExtendedUnitdata(
              ProtocolClassField.of(ProtocolClass.CLASS_0, true),
              1,
              HLR_GT,
              calling,
              TCAP,
              List.of()));
      assertThat(net.hlr1User.unitdata).isEmpty();
      assertThat(net.stp.counters().get(SccpCounter.HOP_COUNTER_VIOLATIONS)).isEqualTo(1);
      assertThat(peer.received).hasSize(1);
      ExtendedUnitdataService xudts = (ExtendedUnitdataService) peer.received.get(0);
      assertThat(xudts.returnCause()).isEqualTo(ReturnCause.HOP_COUNTER_VIOLATION);
      assertThat(xudts.called()).isEqualTo(calling);
      assertThat(xudts.data()).isEqualTo(TCAP);
    }

    @Test
    void a_relayed_xudt_leaves_with_its_hop_counter_decremented() {
      RecordingPeer peer = new RecordingPeer(net, PointCode.itu(3000));
      peer.send(
          STP,
          new ExtendedUnitdata(
              ProtocolClassField.of(ProtocolClass.CLASS_0, false),
              9,
              HLR_GT,
              SccpAddress.ofSsn(null, Ssn.MSC),
              TCAP,
              List.of()));
      SccpMessage relayed = GtNetwork.decode(sccpTo(HLR1).get(sccpTo(HLR1).size() - 1));
      assertThat(relayed.hopCounter()).isEqualTo(8);
      assertThat(relayed.calling().pointCode())
          .as("OPC put into the calling address")
          .isEqualTo(PointCode.itu(3000));
      assertThat(net.hlr1User.unitdata).hasSize(1);
    }
  }

  @Nested
  class BadInput_Q714_4_3 {
    @Test
    void malformed_and_unsupported_messages_are_discarded_counted_and_the_node_keeps_serving() {
      RecordingPeer peer = new RecordingPeer(net, PointCode.itu(3000));
      peer.sendRaw(STP, Octets.fromHex("09000305"));
      peer.sendRaw(STP, Octets.fromHex("ff00"));
      peer.sendRaw(STP, Octets.fromHex("01000001030200024208"));
      peer.sendRaw(
          STP, Octets.fromHex("09020305090242080443010006050b0c0d0e0f")); // class 2 in a UDT
      peer.sendRaw(STP, Octets.EMPTY);
      assertThat(net.stp.counters().get(SccpCounter.MALFORMED)).isEqualTo(2);
      assertThat(net.stp.counters().get(SccpCounter.UNSUPPORTED)).isEqualTo(3);
      assertThat(peer.received).isEmpty();
      net.mscToHlr(TCAP, false);
      assertThat(net.hlr1User.unitdata).hasSize(1);
    }

    @Test
    void thousands_of_mutated_messages_never_throw_out_of_the_nodes() {
      RecordingPeer peer = new RecordingPeer(net, PointCode.itu(3000));
      List<Octets> seeds =
          org.ss7sim.testkit.GoldenVectors.tsv("sccp.tsv").stream()
              .map(org.ss7sim.testkit.GoldenVector::bytes)
              .filter(b -> b.length() > 4)
              .toList();
      java.util.Random random = new java.util.Random(7);
      for (int i = 0; i < 3000; i++) {
        byte[] b = seeds.get(random.nextInt(seeds.size())).toByteArray();
        b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
        b[random.nextInt(Math.min(8, b.length))] = (byte) random.nextInt(256);
        peer.sendRaw(i % 2 == 0 ? STP : HLR1, Octets.wrap(b));
      }
      net.clock.advance(Duration.ofMinutes(1));
      assertThat(net.stp.counters().get(SccpCounter.RECEIVED)).isGreaterThanOrEqualTo(1500);
      net.mscToHlr(TCAP, false);
      assertThat(net.hlr1User.unitdata).last().satisfies(u -> assertThat(u.data()).isEqualTo(TCAP));
      net.assertQuiet();
    }

    @Test
    void a_request_with_an_unencodable_address_comes_back_as_a_notice_not_an_exception() {
      SccpAddress ansi =
          SccpAddress.ofSsn(new PointCode(org.ss7sim.mtp.PointCodeFormat.ANSI, 0x010203), Ssn.HLR);
      net.msc.unitdata(new UnitdataRequest(ansi, MSC_GT, ProtocolClass.CLASS_0, 0, true, TCAP));
      assertThat(net.mscUser.notices)
          .extracting(n -> n.reason())
          .containsExactly(ReturnCause.ERROR_IN_LOCAL_PROCESSING);
    }

    @Test
    void malformed_scmg_message_is_counted() {
      RecordingPeer peer = new RecordingPeer(net, PointCode.itu(3000));
      peer.send(
          STP,
          new Unitdata(
              ProtocolClassField.of(ProtocolClass.CLASS_0, false),
              SccpAddress.ofSsn(STP, Ssn.SCMG),
              SccpAddress.ofSsn(PointCode.itu(3000), Ssn.SCMG),
              Octets.fromHex("0906")));
      assertThat(net.stp.subsystemManagement().malformedMessages()).isEqualTo(1);
    }
  }

  /** A raw MTP point that sends hand-made SCCP messages and records what comes back. */
  static final class RecordingPeer {
    final MtpService mtp;
    final List<SccpMessage> received = new java.util.ArrayList<>();

    RecordingPeer(GtNetwork net, PointCode pc) {
      mtp = net.mtp.attach(pc);
      mtp.register(ServiceIndicator.SCCP, t -> received.add(GtNetwork.decode(t)));
    }

    void send(PointCode dpc, SccpMessage m) {
      sendRaw(dpc, SccpMessageCodec.encode(m));
    }

    void sendRaw(PointCode dpc, Octets bytes) {
      mtp.transfer(
          new MtpTransfer(
              mtp.localPointCode(),
              dpc,
              ServiceIndicator.SCCP,
              NetworkIndicator.INTERNATIONAL,
              0,
              5,
              bytes));
    }
  }

  private static ScmgMessageType scmgType(MtpTransfer t) {
    SccpMessage m = GtNetwork.decode(t);
    if (m.type() != SccpMessageType.UDT || !Ssn.SCMG.equals(m.called().ssn())) {
      return null;
    }
    return ScmgMessageType.fromCode(m.data().get(0));
  }
}
