package org.ss7sim.sccp.stack;

import java.util.List;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.loopback.LoopbackMtpNetwork;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.ProtocolClass;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.sccp.gtt.GlobalTitleTranslator;
import org.ss7sim.sccp.message.SccpMessage;
import org.ss7sim.sccp.message.SccpMessageCodec;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * The test network: an MSC (PC 1001, SSN 8) and two HLRs (PC 2001 primary, 2002 backup, SSN 6)
 * reach each other only by global title through an STP (PC 100) that translates. Numbers are
 * obviously fake: HLR GTs 99977…, MSC GTs 99988….
 */
final class GtNetwork {
  static final PointCode STP = PointCode.itu(100);
  static final PointCode MSC = PointCode.itu(1001);
  static final PointCode HLR1 = PointCode.itu(2001);
  static final PointCode HLR2 = PointCode.itu(2002);
  static final SccpAddress HLR_GT =
      SccpAddress.ofGlobalTitle(GlobalTitle.e164("999770000001"), Ssn.HLR);
  static final SccpAddress MSC_GT =
      SccpAddress.ofGlobalTitle(GlobalTitle.e164("999880000001"), Ssn.MSC);

  static final String STP_RULES =
      """
      hlr: gti=4 tt=0 np=1 nai=4 prefix=99977 -> 2001:6 2002:6 mode=dominant ri=ssn
      msc: gti=4 tt=0 np=1 nai=4 prefix=99988 -> 1001:8 mode=solitary ri=ssn
      """;
  static final String EDGE_RULES = "to-stp: prefix=* -> 100 mode=solitary ri=gt\n";

  final VirtualClock clock = new VirtualClock();
  final LoopbackMtpNetwork mtp = new LoopbackMtpNetwork();
  final SccpStack stp;
  final SccpStack msc;
  final SccpStack hlr1;
  final SccpStack hlr2;
  final RecordingUser mscUser = new RecordingUser();
  final RecordingUser hlr1User = new RecordingUser();
  final RecordingUser hlr2User = new RecordingUser();

  GtNetwork() {
    this(org.ss7sim.sccp.screening.Screening.NONE);
  }

  /** The network with {@code screening} on the STP's relay. */
  GtNetwork(org.ss7sim.sccp.screening.Screening screening) {
    SccpStackConfig edge =
        SccpStackConfig.defaults().withTranslator(GlobalTitleTranslator.parse(EDGE_RULES));
    stp =
        new SccpStack(
            mtp.attach(STP),
            clock,
            SccpStackConfig.defaults()
                .withTranslator(GlobalTitleTranslator.parse(STP_RULES))
                .withScreening(screening));
    msc = new SccpStack(mtp.attach(MSC), clock, edge.withConcernedPointCodes(List.of(STP)));
    hlr1 = new SccpStack(mtp.attach(HLR1), clock, edge.withConcernedPointCodes(List.of(STP, MSC)));
    hlr2 = new SccpStack(mtp.attach(HLR2), clock, edge.withConcernedPointCodes(List.of(STP, MSC)));
    msc.register(Ssn.MSC, mscUser);
    hlr1.register(Ssn.HLR, hlr1User);
    hlr2.register(Ssn.HLR, hlr2User);
  }

  /** The MSC user sends {@code data} to the HLR's global title. */
  void mscToHlr(Octets data, boolean returnOnError) {
    msc.unitdata(
        new UnitdataRequest(HLR_GT, MSC_GT, ProtocolClass.CLASS_1, 3, returnOnError, data));
  }

  /** Every SCCP message transferred so far, decoded. */
  List<SccpMessage> wire() {
    return mtp.log().stream().map(GtNetwork::decode).toList();
  }

  static SccpMessage decode(MtpTransfer t) {
    try {
      return SccpMessageCodec.decode(t.userData());
    } catch (MalformedMessageException e) {
      throw new AssertionError(e);
    }
  }

  /** The leak check: no reassembly or status test left running anywhere. */
  void assertQuiet() {
    for (SccpStack s : List.of(stp, msc, hlr1, hlr2)) {
      org.assertj.core.api.Assertions.assertThat(s.pendingReassemblies())
          .as("reassemblies at " + s.localPointCode())
          .isZero();
    }
  }
}
