package org.ss7sim.inap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.inap.message.CalledPartyNumber;
import org.ss7sim.inap.message.Cause;
import org.ss7sim.inap.message.InitialDpArg;
import org.ss7sim.inap.message.NatureOfAddress;
import org.ss7sim.inap.scf.ScfService;
import org.ss7sim.inap.scp.NumberTranslation;
import org.ss7sim.inap.scp.RoutingTarget;
import org.ss7sim.inap.scp.TranslationTable;
import org.ss7sim.inap.scp.Treatment;
import org.ss7sim.inap.ssf.SsfConfig;
import org.ss7sim.inap.ssf.SsfDecision;
import org.ss7sim.inap.ssf.SsfService;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.loopback.LoopbackMtpNetwork;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.stack.SccpStack;
import org.ss7sim.sccp.stack.SccpStackConfig;
import org.ss7sim.tcap.TcapConfig;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.testkit.VirtualClock;

/**
 * SSF and SCF over the real TCAP and SCCP stacks on loopback MTP: the toll-free query end to end.
 */
class InapOverSccpTest {
  static final PointCode SSP_PC = PointCode.itu(1001);
  static final PointCode SCP_PC = PointCode.itu(2002);
  static final SccpAddress SSP = SccpAddress.ofSsn(SSP_PC, Ssn.INAP);
  static final SccpAddress SCP = SccpAddress.ofSsn(SCP_PC, Ssn.INAP);

  final VirtualClock clock = new VirtualClock();
  final LoopbackMtpNetwork mtp = new LoopbackMtpNetwork();
  final SccpStack sccpSsp = new SccpStack(mtp.attach(SSP_PC), clock, SccpStackConfig.defaults());
  final SccpStack sccpScp = new SccpStack(mtp.attach(SCP_PC), clock, SccpStackConfig.defaults());
  final TcapStack sspTcap = new TcapStack(sccpSsp, Ssn.INAP, clock, TcapConfig.defaults());
  final TcapStack scpTcap = new TcapStack(sccpScp, Ssn.INAP, clock, TcapConfig.defaults());
  final SsfService ssf = new SsfService(sspTcap, clock, SsfConfig.defaults(SSP)).bind();
  final List<SsfDecision> decisions = new ArrayList<>();

  @AfterEach
  void leak_check() {
    clock.advance(Duration.ofMinutes(2));
    assertThat(sspTcap.dialogueCount()).isZero();
    assertThat(scpTcap.dialogueCount()).isZero();
    assertThat(ssf.openCalls()).isZero();
  }

  void query(String dialled) {
    ssf.initialDp(
        SCP,
        InitialDpArg.of(10, CalledPartyNumber.of(NatureOfAddress.NATIONAL, dialled), null),
        (c, d) -> decisions.add(d));
    // The SCCP here answers inside our send; TCAP holds the indications for its event loop, so the
    // decision never arrives before initialDp has returned.
    assertThat(decisions).isEmpty();
    clock.runDue();
  }

  @Test
  void toll_free_query_over_sccp_is_connected() {
    TranslationTable table =
        TranslationTable.builder()
            .entry("0800", "toll-free")
            .otherwise(Treatment.route(RoutingTarget.to("302100100")))
            .build();
    new ScfService(
            scpTcap, new NumberTranslation(table, clock, ZoneOffset.UTC, new Random(1), Set.of()))
        .bind();
    query("0800123");
    assertThat(decisions)
        .containsExactly(
            new SsfDecision.Route(
                List.of(CalledPartyNumber.of(NatureOfAddress.NATIONAL, "302100100"))));
  }

  @Test
  void query_to_an_scp_subsystem_nobody_serves_releases_the_call_at_once() {
    query("0800123");
    assertThat(decisions)
        .containsExactly(
            new SsfDecision.Release(
                Cause.of(Cause.TEMPORARY_FAILURE), SsfDecision.Reason.SCF_UNREACHABLE));
    clock.advance(Duration.ofSeconds(30));
    assertThat(decisions).hasSize(1);
    assertThat(ssf.counters().get(InapCounters.Counter.RESPONSE_TIMEOUTS)).isZero();
    assertThat(ssf.counters().get(InapCounters.Counter.UNEXPECTED_EVENTS)).isZero();
  }
}
