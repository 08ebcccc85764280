package org.ss7sim.tcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.loopback.LoopbackMtpNetwork;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.stack.SccpStack;
import org.ss7sim.sccp.stack.SccpStackConfig;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

/** Two TCAP stacks over the real SCCP stacks on loopback MTP. */
class TcapOverSccpTest {
  static final PointCode SMSC_PC = PointCode.itu(101);
  static final PointCode MSC_PC = PointCode.itu(202);
  static final SccpAddress SMSC = SccpAddress.ofSsn(SMSC_PC, Ssn.MSC);
  static final SccpAddress MSC = SccpAddress.ofSsn(MSC_PC, Ssn.MSC);
  static final ObjectIdentifier ACN = ObjectIdentifier.parse("0.4.0.0.1.0.25.3");

  final VirtualClock clock = new VirtualClock();
  final LoopbackMtpNetwork mtp = new LoopbackMtpNetwork();
  final SccpStack sccpSmsc = new SccpStack(mtp.attach(SMSC_PC), clock, SccpStackConfig.defaults());
  final SccpStack sccpMsc = new SccpStack(mtp.attach(MSC_PC), clock, SccpStackConfig.defaults());
  final TcapStack smsc = new TcapStack(sccpSmsc, Ssn.MSC, clock, TcapConfig.defaults());
  final TcapStack msc = new TcapStack(sccpMsc, Ssn.MSC, clock, TcapConfig.defaults());
  final RecordingUser smscUser = new RecordingUser();
  final RecordingUser mscUser = new RecordingUser();

  @AfterEach
  void leak_check() {
    assertThat(smsc.dialogueCount()).isZero();
    assertThat(msc.dialogueCount()).isZero();
    assertThat(smsc.pendingInvokeCount()).isZero();
  }

  @Test
  void mt_forward_sm_begin_and_end_with_result_over_sccp() {
    smsc.bind(smscUser);
    msc.bind(mscUser);
    mscUser.onBegin =
        ind -> {
          Invoke inv = (Invoke) ind.components().get(0);
          ind.dialogue().returnResultLast(inv.invokeId(), inv.opCode(), null);
          ind.dialogue().end();
        };
    Dialogue d = smsc.newDialogue(SMSC, MSC, ACN);
    d.invoke(
        OperationCode.local(44),
        MtForwardSmSample.argument(),
        OperationClass.CLASS_1,
        Duration.ofSeconds(60));
    d.begin();
    clock.runDue(); // indications caused by a request wait for the stack's event loop

    BeginIndication begin = mscUser.last(BeginIndication.class);
    assertThat(begin.applicationContext()).isEqualTo(ACN);
    assertThat(((Invoke) begin.components().get(0)).parameter())
        .isEqualTo(MtForwardSmSample.argument());
    assertThat(begin.dialogue().remoteAddress().pointCode()).isEqualTo(SMSC_PC);
    EndIndication end = smscUser.last(EndIndication.class);
    assertThat(end.components())
        .containsExactly(new ReturnResult(InvokeId.of(1), true, OperationCode.local(44), null));
  }

  @Test
  void begin_to_a_subsystem_nobody_serves_comes_back_as_a_notice() {
    smsc.bind(smscUser);
    Dialogue d = smsc.newDialogue(SMSC, MSC, ACN);
    d.invoke(
        OperationCode.local(44),
        Octets.fromHex("3000"),
        OperationClass.CLASS_1,
        Duration.ofSeconds(60));
    d.begin();
    clock.runDue();
    NoticeIndication notice = smscUser.last(NoticeIndication.class);
    assertThat(notice.dialogue()).isSameAs(d);
    assertThat(notice.reportCause()).isEqualTo(ReturnCause.UNEQUIPPED_USER);
    d.userAbort(null);
  }
}
