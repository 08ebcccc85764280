package org.ss7sim.inap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ss7sim.inap.message.CalledPartyNumber;
import org.ss7sim.inap.message.CallingPartyNumber;
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
import org.ss7sim.sccp.ProtocolClass;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataIndication;
import org.ss7sim.tcap.TcapConfig;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.tcap.testing.FakeSccpNetwork;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;

/**
 * Mutated queries and answers thrown at the SCF and the SSF through their TCAP stacks: nothing
 * escapes, both keep serving, and once the timers have run nothing is left open.
 */
class InapFuzzTest {
  final VirtualClock clock = new VirtualClock();
  final FakeSccpNetwork net = new FakeSccpNetwork(InapAddresses.SSP, InapAddresses.SCP);
  final TcapStack sspTcap = new TcapStack(net.a, Ssn.INAP, clock, TcapConfig.defaults());
  final TcapStack scpTcap = new TcapStack(net.b, Ssn.INAP, clock, TcapConfig.defaults());
  final List<SsfDecision> decisions = new ArrayList<>();
  final ScfService scf;
  final SsfService ssf;

  InapFuzzTest() {
    TranslationTable table =
        TranslationTable.builder()
            .entry("0800", "toll-free")
            .otherwise(Treatment.route(RoutingTarget.to("302100100")))
            .build();
    scf =
        new ScfService(
                scpTcap,
                new NumberTranslation(table, clock, ZoneOffset.UTC, new Random(1), Set.of()))
            .bind();
    ssf = new SsfService(sspTcap, clock, SsfConfig.defaults(InapAddresses.SSP)).bind();
  }

  void query() {
    ssf.initialDp(
        InapAddresses.SCP,
        InitialDpArg.of(
            10,
            CalledPartyNumber.of(NatureOfAddress.NATIONAL, "0800123"),
            CallingPartyNumber.of(NatureOfAddress.NATIONAL, "3021234567")),
        (c, d) -> decisions.add(d));
    net.pump();
  }

  static Octets mutate(Octets in, Random random) {
    byte[] b = in.toByteArray();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(3)) {
        case 0 -> b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
        case 1 -> b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        default -> b = java.util.Arrays.copyOf(b, 1 + random.nextInt(b.length));
      }
    }
    return Octets.wrap(b);
  }

  @Test
  void mutated_messages_never_stop_the_scf_or_the_ssf() {
    query();
    assertThat(decisions).hasSize(1);
    Octets begin = net.wire.get(0).data();
    Octets end = net.wire.get(1).data();
    Random random = new Random(2026);
    for (int i = 0; i < 2000; i++) {
      scpTcap.onUnitdata(
          new UnitdataIndication(
              InapAddresses.SCP,
              InapAddresses.SSP,
              ProtocolClass.CLASS_1,
              0,
              true,
              mutate(begin, random)));
      sspTcap.onUnitdata(
          new UnitdataIndication(
              InapAddresses.SSP,
              InapAddresses.SCP,
              ProtocolClass.CLASS_1,
              0,
              true,
              mutate(end, random)));
      net.pump();
    }
    decisions.clear();
    query();
    assertThat(decisions).hasSize(1).first().isInstanceOf(SsfDecision.Route.class);
    clock.advance(Duration.ofMinutes(2));
    net.pump();
    assertThat(scpTcap.dialogueCount()).isZero();
    assertThat(sspTcap.dialogueCount()).isZero();
    assertThat(ssf.openCalls()).isZero();
    assertThat(scf.counters().get(InapCounters.Counter.REJECTED_MISTYPED_PARAMETER)).isPositive();
  }

  @Test
  void every_query_gets_exactly_one_decision_whatever_the_scf_answers() {
    query();
    Octets end = net.wire.get(1).data();
    int dtid = -1;
    for (int i = 0; i + 1 < 6; i++) {
      if (end.get(i) == 0x49 && end.get(i + 1) == 0x04) {
        dtid = i + 2;
      }
    }
    assertThat(dtid).isPositive();
    net.b.dropIncoming = true;
    Random random = new Random(7);
    List<org.ss7sim.inap.ssf.SsfCall> calls = new ArrayList<>();
    int[] decided = new int[1000];
    for (int i = 0; i < 1000; i++) {
      int n = i;
      org.ss7sim.inap.ssf.SsfCall call =
          ssf.initialDp(
              InapAddresses.SCP,
              InitialDpArg.of(10, CalledPartyNumber.of(NatureOfAddress.NATIONAL, "0800123"), null),
              (c, d) -> decided[n]++);
      calls.add(call);
      byte[] answer = end.toByteArray();
      long tid = call.id();
      for (int k = 0; k < 4; k++) {
        answer[dtid + k] = (byte) (tid >>> (8 * (3 - k)));
      }
      Octets head = Octets.wrap(answer).slice(0, dtid + 4);
      Octets tail = Octets.wrap(answer).slice(dtid + 4);
      Octets mutated = tail.isEmpty() ? tail : mutate(tail, random);
      sspTcap.onUnitdata(
          new UnitdataIndication(
              InapAddresses.SSP,
              InapAddresses.SCP,
              ProtocolClass.CLASS_1,
              0,
              true,
              head.concat(mutated)));
      net.pump();
    }
    clock.advance(Duration.ofMinutes(2));
    net.pump();
    for (int i = 0; i < decided.length; i++) {
      assertThat(decided[i]).as("decisions of query %d", i).isEqualTo(1);
    }
    assertThat(ssf.openCalls()).isZero();
    assertThat(sspTcap.dialogueCount()).isZero();
    // the mutations reached the SSF: some answers were still instructions, some were rejected
    assertThat(ssf.counters().get(InapCounters.Counter.INSTRUCTIONS)).isBetween(1L, 999L);
    assertThat(ssf.counters().get(InapCounters.Counter.RESPONSE_TIMEOUTS)).isLessThan(1000);
    System.out.println("SSF counters after fuzzing: " + ssf.counters());
  }
}
