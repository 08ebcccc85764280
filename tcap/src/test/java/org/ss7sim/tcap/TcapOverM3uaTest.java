package org.ss7sim.tcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.m3ua.testing.StpNetwork;
import org.ss7sim.mtp.PointCode;
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
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * A TC dialogue between two nodes through an STP over real M3UA (in-JVM transport, virtual clock):
 * the shared {@link StpNetwork} fixture under the real SCCP and TCAP stacks.
 */
class TcapOverM3uaTest {
  static final PointCode SMSC_PC = PointCode.itu(1001);
  static final PointCode MSC_PC = PointCode.itu(2001);
  static final SccpAddress SMSC = SccpAddress.ofSsn(SMSC_PC, Ssn.MSC);
  static final SccpAddress MSC = SccpAddress.ofSsn(MSC_PC, Ssn.MSC);
  static final ObjectIdentifier ACN = ObjectIdentifier.parse("0.4.0.0.1.0.25.3");

  final VirtualClock clock = new VirtualClock();
  final StpNetwork net = new StpNetwork(clock).add(SMSC_PC).add(MSC_PC).start();
  final TcapStack smsc =
      new TcapStack(
          new SccpStack(net.node(SMSC_PC), clock, SccpStackConfig.defaults()),
          Ssn.MSC,
          clock,
          TcapConfig.defaults());
  final TcapStack msc =
      new TcapStack(
          new SccpStack(net.node(MSC_PC), clock, SccpStackConfig.defaults()),
          Ssn.MSC,
          clock,
          TcapConfig.defaults());
  final RecordingUser smscUser = new RecordingUser();
  final RecordingUser mscUser = new RecordingUser();

  @AfterEach
  void leak_check() {
    net.stop();
    assertThat(smsc.dialogueCount()).isZero();
    assertThat(msc.dialogueCount()).isZero();
    assertThat(smsc.pendingInvokeCount()).isZero();
    assertThat(net.loop().failures()).isZero();
  }

  @Test
  void mt_forward_sm_begin_and_end_with_result_through_the_stp() {
    smsc.bind(smscUser);
    msc.bind(mscUser);
    net.settle();
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
    net.settle();

    BeginIndication begin = mscUser.last(BeginIndication.class);
    assertThat(begin.applicationContext()).isEqualTo(ACN);
    assertThat(begin.dialogue().remoteAddress().pointCode()).isEqualTo(SMSC_PC);
    EndIndication end = smscUser.last(EndIndication.class);
    assertThat(end.dialogue()).isSameAs(d);
    assertThat(end.components())
        .containsExactly(new ReturnResult(InvokeId.of(1), true, OperationCode.local(44), null));
    assertThat(net.stp().counter(org.ss7sim.m3ua.node.Counter.FORWARDED))
        .as("both messages crossed the STP")
        .isGreaterThanOrEqualTo(2);
  }
}
