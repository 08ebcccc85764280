package org.ss7sim.sccp.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataIndication;
import org.ss7sim.sccp.message.Unitdata;
import org.ss7sim.sccp.message.UnitdataService;
import org.ss7sim.sccp.screening.ScreenedMessage;
import org.ss7sim.sccp.screening.ScreeningVerdict;
import org.ss7sim.wire.Octets;

/**
 * The relay's screening hook: asked between translation and forwarding, its verdict carried out.
 */
class ScreeningTest {
  private static final Octets TCAP = Octets.fromHex("6203490101");
  private final List<ScreenedMessage> seen = new ArrayList<>();

  private GtNetwork network(ScreeningVerdict verdict) {
    return new GtNetwork(
        m -> {
          seen.add(m);
          return verdict;
        });
  }

  /** What the STP sent to {@code dpc} (SCMG broadcasts of the end nodes left out). */
  private static List<MtpTransfer> to(GtNetwork net, PointCode dpc) {
    return net.mtp.log().stream()
        .filter(t -> t.opc().equals(GtNetwork.STP) && t.dpc().equals(dpc))
        .toList();
  }

  @Test
  void allow_forwards_and_the_screening_sees_the_opc_and_the_translation() {
    GtNetwork net = network(ScreeningVerdict.ALLOW);
    net.mscToHlr(TCAP, true);
    assertThat(net.hlr1User.unitdata).extracting(UnitdataIndication::data).containsExactly(TCAP);
    assertThat(seen).hasSize(1);
    ScreenedMessage m = seen.get(0);
    assertThat(m.opc()).isEqualTo(GtNetwork.MSC);
    assertThat(m.destination()).isEqualTo(GtNetwork.HLR1);
    assertThat(m.message().called()).isEqualTo(GtNetwork.HLR_GT);
    assertThat(m.message().calling()).isEqualTo(GtNetwork.MSC_GT);
    assertThat(m.translatedCalled().routingIndicator()).isEqualTo(RoutingIndicator.ROUTE_ON_SSN);
    assertThat(net.stp.counters().get(SccpCounter.SCREENED)).isZero();
  }

  @Test
  void drop_discards_without_an_answer_and_counts() {
    GtNetwork net = network(ScreeningVerdict.DROP);
    net.mscToHlr(TCAP, true);
    assertThat(net.hlr1User.unitdata).isEmpty();
    assertThat(to(net, GtNetwork.HLR1)).isEmpty();
    assertThat(net.mscUser.notices).isEmpty();
    assertThat(to(net, GtNetwork.MSC)).isEmpty();
    assertThat(net.stp.counters().get(SccpCounter.SCREENED)).isEqualTo(1);
    assertThat(net.stp.counters().get(SccpCounter.RELAYED)).isZero();
  }

  @Test
  void return_sends_a_udts_with_the_verdicts_cause_to_the_calling_party() {
    GtNetwork net = network(new ScreeningVerdict.Return(ReturnCause.UNQUALIFIED));
    net.mscToHlr(TCAP, true);
    assertThat(net.hlr1User.unitdata).isEmpty();
    List<MtpTransfer> back = to(net, GtNetwork.MSC);
    assertThat(back).hasSize(1);
    UnitdataService udts = (UnitdataService) GtNetwork.decode(back.get(0));
    assertThat(udts.returnCause()).isEqualTo(ReturnCause.UNQUALIFIED);
    assertThat(udts.data()).isEqualTo(TCAP);
    assertThat(net.mscUser.notices).hasSize(1);
    assertThat(net.mscUser.notices.get(0).reason()).isEqualTo(ReturnCause.UNQUALIFIED);
  }

  @Test
  void return_without_the_return_option_discards() {
    GtNetwork net = network(new ScreeningVerdict.Return(ReturnCause.UNQUALIFIED));
    net.mscToHlr(TCAP, false);
    assertThat(to(net, GtNetwork.MSC)).isEmpty();
    assertThat(net.stp.counters().get(SccpCounter.DISCARDED)).isEqualTo(1);
  }

  @Test
  void answer_sends_the_verdicts_data_back_from_the_called_address() {
    Octets abort = Octets.fromHex("6706490101"); // any TCAP the screening built
    GtNetwork net = network(new ScreeningVerdict.Answer(abort));
    net.mscToHlr(TCAP, false);
    assertThat(net.hlr1User.unitdata).isEmpty();
    assertThat(to(net, GtNetwork.HLR1)).isEmpty();
    assertThat(net.mscUser.unitdata).hasSize(1);
    UnitdataIndication in = net.mscUser.unitdata.get(0);
    assertThat(in.data()).isEqualTo(abort);
    assertThat(in.calling().globalTitle()).isEqualTo(GtNetwork.HLR_GT.globalTitle());
    assertThat(in.called().ssn()).isEqualTo(Ssn.MSC);
    Unitdata udt = (Unitdata) GtNetwork.decode(to(net, GtNetwork.MSC).get(0));
    assertThat(udt.protocolClass().protocolClass()).isZero();
  }

  @Test
  void answers_and_locally_originated_messages_are_not_screened() {
    GtNetwork net = network(ScreeningVerdict.DROP);
    net.stp.unitdata(
        new org.ss7sim.sccp.UnitdataRequest(
            GtNetwork.HLR_GT,
            GtNetwork.MSC_GT,
            org.ss7sim.sccp.ProtocolClass.CLASS_0,
            0,
            false,
            TCAP));
    assertThat(seen).isEmpty();
    assertThat(net.hlr1User.unitdata).hasSize(1);
  }
}
