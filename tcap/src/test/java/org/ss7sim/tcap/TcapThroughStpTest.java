package org.ss7sim.tcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.loopback.LoopbackMtpNetwork;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.gtt.GlobalTitleTranslator;
import org.ss7sim.sccp.stack.SccpStack;
import org.ss7sim.sccp.stack.SccpStackConfig;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * A dialogue between two nodes that know each other only by global title, through an STP whose
 * translation gives the MSC a route-on-SSN called address without a point code. The MSC answers
 * from that address; SCCP's calling party address treatment (Q.714 §2.7) must put the MSC's point
 * code into it, so that the SMSC's next TC-CONTINUE goes to the MSC and not to its own subsystem.
 */
class TcapThroughStpTest {
  static final PointCode STP_PC = PointCode.itu(100);
  static final PointCode SMSC_PC = PointCode.itu(101);
  static final PointCode MSC_PC = PointCode.itu(202);
  static final SccpAddress SMSC_GT =
      SccpAddress.ofGlobalTitle(GlobalTitle.e164("99966000001"), Ssn.MSC);
  static final SccpAddress MSC_GT =
      SccpAddress.ofGlobalTitle(GlobalTitle.e164("99988000001"), Ssn.MSC);
  static final ObjectIdentifier ACN = ObjectIdentifier.parse("0.4.0.0.1.0.25.3");
  static final String STP_RULES =
      """
      smsc: prefix=99966 -> 101:8 mode=solitary ri=ssn
      msc: prefix=99988 -> 202:8 mode=solitary ri=ssn
      """;
  static final String EDGE_RULES = "to-stp: prefix=* -> 100 mode=solitary ri=gt\n";

  final VirtualClock clock = new VirtualClock();
  final LoopbackMtpNetwork mtp = new LoopbackMtpNetwork();
  final SccpStackConfig edge =
      SccpStackConfig.defaults().withTranslator(GlobalTitleTranslator.parse(EDGE_RULES));
  final SccpStack sccpStp =
      new SccpStack(
          mtp.attach(STP_PC),
          clock,
          SccpStackConfig.defaults().withTranslator(GlobalTitleTranslator.parse(STP_RULES)));
  final SccpStack sccpSmsc = new SccpStack(mtp.attach(SMSC_PC), clock, edge);
  final SccpStack sccpMsc = new SccpStack(mtp.attach(MSC_PC), clock, edge);
  final TcapStack smsc = new TcapStack(sccpSmsc, Ssn.MSC, clock, TcapConfig.defaults());
  final TcapStack msc = new TcapStack(sccpMsc, Ssn.MSC, clock, TcapConfig.defaults());
  final RecordingUser smscUser = new RecordingUser();
  final RecordingUser mscUser = new RecordingUser();

  @AfterEach
  void leak_check() {
    assertThat(smsc.dialogueCount()).isZero();
    assertThat(msc.dialogueCount()).isZero();
  }

  @Test
  void second_continue_after_a_gt_routed_begin_reaches_the_peer_not_the_sender() {
    smsc.bind(smscUser);
    msc.bind(mscUser);
    mscUser.onBegin =
        ind -> {
          Invoke inv = (Invoke) ind.components().get(0);
          ind.dialogue().returnResultLast(inv.invokeId(), inv.opCode(), null);
          ind.dialogue().continueWith();
        };
    mscUser.onContinue =
        ind -> {
          Invoke inv = (Invoke) ind.components().get(0);
          ind.dialogue().returnResultLast(inv.invokeId(), inv.opCode(), null);
          ind.dialogue().end();
        };
    smscUser.onContinue =
        ind -> {
          ind.dialogue()
              .invoke(
                  OperationCode.local(44),
                  MtForwardSmSample.argument(),
                  OperationClass.CLASS_1,
                  Duration.ofSeconds(60));
          ind.dialogue().continueWith();
        };
    Dialogue d = smsc.newDialogue(SMSC_GT, MSC_GT, ACN);
    d.invoke(
        OperationCode.local(44),
        MtForwardSmSample.argument(),
        OperationClass.CLASS_1,
        Duration.ofSeconds(60));
    d.begin();
    clock.runDue(); // indications caused by a request wait for the stack's event loop

    assertThat(mscUser.all(BeginIndication.class)).hasSize(1);
    assertThat(smscUser.all(ContinueIndication.class)).hasSize(1);
    assertThat(smscUser.all(BeginIndication.class)).as("nothing delivered to the sender").isEmpty();
    assertThat(mscUser.all(ContinueIndication.class)).hasSize(1);
    assertThat(smscUser.all(EndIndication.class)).hasSize(1);
    assertThat(d.remoteAddress().pointCode()).isEqualTo(MSC_PC);
    assertThat(d.remoteAddress().routingIndicator()).isEqualTo(RoutingIndicator.ROUTE_ON_SSN);
    List<MtpTransfer> fromSmsc = mtp.log().stream().filter(t -> t.opc().equals(SMSC_PC)).toList();
    assertThat(fromSmsc).extracting(MtpTransfer::dpc).containsExactly(STP_PC, MSC_PC);
  }
}
