package org.ss7sim.inap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.inap.message.BcsmEvent;
import org.ss7sim.inap.message.CalledPartyNumber;
import org.ss7sim.inap.message.CallingPartyNumber;
import org.ss7sim.inap.message.Cause;
import org.ss7sim.inap.message.ConnectArg;
import org.ss7sim.inap.message.EventReportBcsmArg;
import org.ss7sim.inap.message.EventTypeBcsm;
import org.ss7sim.inap.message.InapArgument;
import org.ss7sim.inap.message.InapCodec;
import org.ss7sim.inap.message.InapError;
import org.ss7sim.inap.message.InapOperation;
import org.ss7sim.inap.message.InitialDpArg;
import org.ss7sim.inap.message.LegId;
import org.ss7sim.inap.message.MonitorMode;
import org.ss7sim.inap.message.NatureOfAddress;
import org.ss7sim.inap.message.RequestReportBcsmEventArg;
import org.ss7sim.inap.scf.ScfAnswer;
import org.ss7sim.inap.scf.ScfService;
import org.ss7sim.inap.scf.ScfServiceLogic;
import org.ss7sim.inap.scp.NumberTranslation;
import org.ss7sim.inap.scp.RoutingTarget;
import org.ss7sim.inap.scp.TranslationTable;
import org.ss7sim.inap.scp.Treatment;
import org.ss7sim.inap.ssf.SsfCall;
import org.ss7sim.inap.ssf.SsfConfig;
import org.ss7sim.inap.ssf.SsfDecision;
import org.ss7sim.inap.ssf.SsfService;
import org.ss7sim.inap.ssf.SsfState;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.tcap.EndIndication;
import org.ss7sim.tcap.TcapConfig;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.RejectProblem;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.message.Abort;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.End;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.testing.FakeSccpNetwork;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * SSF and SCF over the real TCAP stack on a loopback SCCP with a virtual clock: the number
 * translation flows, the SSF's timer and failure handling, and the answers to bad input. Every test
 * ends with the leak check (no open dialogue, query or TCAP timer left).
 */
class InapServiceTest {
  static final CallingPartyNumber CALLING =
      CallingPartyNumber.of(NatureOfAddress.NATIONAL, "3021234567");

  final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-05T10:00:00Z"));
  final FakeSccpNetwork net = new FakeSccpNetwork(InapAddresses.SSP, InapAddresses.SCP);
  final TcapStack sspTcap = new TcapStack(net.a, Ssn.INAP, clock, TcapConfig.defaults());
  final TcapStack scpTcap = new TcapStack(net.b, Ssn.INAP, clock, TcapConfig.defaults());
  final List<SsfDecision> decisions = new ArrayList<>();
  final List<InapArgument> reports = new ArrayList<>();

  final TranslationTable table =
      TranslationTable.builder()
          .entry("0800123", "toll-free Acme")
          .otherwise(Treatment.route(RoutingTarget.to("302100100")))
          .entry("0800666", "barred")
          .otherwise(Treatment.release(Cause.CALL_REJECTED))
          .entry("0800777", "local")
          .otherwise(Treatment.proceed())
          .unknownNumberCause(Cause.of(Cause.UNALLOCATED_NUMBER))
          .build();
  final NumberTranslation translation =
      new NumberTranslation(table, clock, ZoneOffset.UTC, new Random(7), Set.of());

  ScfService scf;
  SsfService ssf;

  void start(ScfServiceLogic logic, SsfConfig config) {
    scf = new ScfService(scpTcap, logic).bind();
    ssf = new SsfService(sspTcap, clock, config).bind();
  }

  void start() {
    start(translation, SsfConfig.defaults(InapAddresses.SSP));
  }

  SsfCall query(String dialled) {
    SsfCall c =
        ssf.initialDp(
            InapAddresses.SCP,
            InitialDpArg.of(10, CalledPartyNumber.of(NatureOfAddress.NATIONAL, dialled), CALLING),
            (call, d) -> decisions.add(d));
    net.pump();
    return c;
  }

  @AfterEach
  void nothing_is_left_open() {
    net.pump();
    assertThat(sspTcap.dialogueCount()).as("SSP dialogues").isZero();
    assertThat(scpTcap.dialogueCount()).as("SCP dialogues").isZero();
    assertThat(sspTcap.pendingInvokeCount()).isZero();
    assertThat(scpTcap.pendingInvokeCount()).isZero();
    if (ssf != null) {
      assertThat(ssf.openCalls()).as("SSF queries").isZero();
    }
  }

  static Invoke onlyInvoke(TcMessage m) {
    assertThat(m.components()).hasSize(1);
    return (Invoke) m.components().get(0);
  }

  @Nested
  class NumberTranslationFlows {
    @Test
    void toll_free_number_is_connected_to_its_routing_number() throws Exception {
      start();
      SsfCall call = query("0800123456");
      assertThat(decisions)
          .containsExactly(
              new SsfDecision.Route(
                  List.of(CalledPartyNumber.of(NatureOfAddress.NATIONAL, "302100100"))));
      assertThat(call.state()).isEqualTo(SsfState.ENDED);
      List<TcMessage> wire = net.messages();
      assertThat(wire).hasSize(2);
      Begin begin = (Begin) wire.get(0);
      assertThat(begin.dialoguePortion().applicationContext())
          .isEqualTo(InapApplicationContext.CORE_INAP_CS1_SSP_TO_SCP);
      Invoke idp = onlyInvoke(begin);
      assertThat(idp.opCode()).isEqualTo(InapOperation.INITIAL_DP.opCode());
      InitialDpArg arg = (InitialDpArg) InapCodec.decode(InapOperation.INITIAL_DP, idp.parameter());
      assertThat(arg.serviceKey()).isEqualTo(10);
      End end = (End) wire.get(1);
      Invoke connect = onlyInvoke(end);
      assertThat(InapCodec.decode(InapOperation.CONNECT, connect.parameter()))
          .isEqualTo(ConnectArg.to(CalledPartyNumber.of(NatureOfAddress.NATIONAL, "302100100")));
      assertThat(scf.counters().get(InapCounters.Counter.INITIAL_DP)).isEqualTo(1);
    }

    @Test
    void barred_number_is_released_with_the_entry_cause() {
      start();
      query("0800666000");
      SsfDecision.Release r = (SsfDecision.Release) decisions.get(0);
      assertThat(r.cause().value()).isEqualTo(Cause.CALL_REJECTED);
      assertThat(r.reason()).isEqualTo(SsfDecision.Reason.SCF_RELEASED);
    }

    @Test
    void unknown_number_is_released_with_the_configured_cause() {
      start();
      query("0800999000");
      SsfDecision.Release r = (SsfDecision.Release) decisions.get(0);
      assertThat(r.cause().value()).isEqualTo(Cause.UNALLOCATED_NUMBER);
      assertThat(translation.counts()).containsEntry("release:1", 1L);
    }

    @Test
    void continue_entry_lets_the_call_proceed() {
      start();
      query("0800777000");
      assertThat(decisions).containsExactly(new SsfDecision.Proceed());
    }
  }

  @Nested
  class SsfTimerAndFailures {
    @Test
    void scp_timeout_releases_the_call_with_a_cause_and_closes_the_dialogue() {
      start();
      net.b.dropIncoming = true;
      SsfCall call = query("0800123456");
      assertThat(decisions).isEmpty();
      assertThat(call.state()).isEqualTo(SsfState.WAITING_FOR_INSTRUCTIONS);
      clock.advance(Duration.ofSeconds(9));
      assertThat(decisions).isEmpty();
      clock.advance(Duration.ofSeconds(1));
      assertThat(decisions)
          .containsExactly(
              new SsfDecision.Release(
                  Cause.of(Cause.RECOVERY_ON_TIMER_EXPIRY), SsfDecision.Reason.SCF_TIMEOUT));
      assertThat(call.state()).isEqualTo(SsfState.ENDED);
      assertThat(ssf.counters().get(InapCounters.Counter.RESPONSE_TIMEOUTS)).isEqualTo(1);
    }

    @Test
    void caller_abandoning_during_the_query_aborts_it_without_a_decision() {
      start();
      net.b.dropIncoming = true;
      SsfCall call = query("0800123456");
      call.close();
      assertThat(call.state()).isEqualTo(SsfState.ENDED);
      clock.advance(Duration.ofSeconds(30));
      assertThat(decisions).isEmpty();
    }

    @Test
    void a_throwing_switch_listener_does_not_break_the_query() {
      start();
      SsfCall call =
          ssf.initialDp(
              InapAddresses.SCP,
              InitialDpArg.of(
                  10, CalledPartyNumber.of(NatureOfAddress.NATIONAL, "0800123"), CALLING),
              (c, d) -> {
                throw new IllegalStateException("switch bug");
              });
      net.pump();
      assertThat(call.state()).isEqualTo(SsfState.ENDED);
      assertThat(call.decision()).isInstanceOf(SsfDecision.Route.class);
    }

    @Test
    void timeout_cause_is_configurable() {
      start(
          translation,
          SsfConfig.defaults(InapAddresses.SSP)
              .withResponseTimeout(Duration.ofSeconds(2))
              .withTimeoutCause(Cause.of(Cause.NO_ROUTE_TO_DESTINATION)));
      net.b.dropIncoming = true;
      query("0800123456");
      clock.advance(Duration.ofSeconds(2));
      assertThat(((SsfDecision.Release) decisions.get(0)).cause().value())
          .isEqualTo(Cause.NO_ROUTE_TO_DESTINATION);
    }

    @Test
    void unreachable_scp_releases_the_call() {
      start();
      net.a.returnNext = true;
      query("0800123456");
      SsfDecision.Release r = (SsfDecision.Release) decisions.get(0);
      assertThat(r.reason()).isEqualTo(SsfDecision.Reason.SCF_UNREACHABLE);
      assertThat(r.cause().value()).isEqualTo(Cause.TEMPORARY_FAILURE);
      clock.advance(Duration.ofSeconds(30));
      assertThat(decisions).hasSize(1);
    }

    @Test
    void scf_refuses_a_foreign_application_context_and_the_call_is_released() {
      SsfConfig config =
          new SsfConfig(
              InapAddresses.SSP,
              ObjectIdentifier.of(0, 4, 0, 0, 1, 0, 20, 3),
              Duration.ofSeconds(10),
              Cause.of(Cause.RECOVERY_ON_TIMER_EXPIRY),
              Cause.of(Cause.TEMPORARY_FAILURE),
              Duration.ofSeconds(10));
      start(translation, config);
      query("0800123456");
      assertThat(((SsfDecision.Release) decisions.get(0)).reason())
          .isEqualTo(SsfDecision.Reason.SCF_ABORT);
      assertThat(net.messages().get(1)).isInstanceOf(Abort.class);
      assertThat(scf.counters().get(InapCounters.Counter.REFUSED_APPLICATION_CONTEXT)).isEqualTo(1);
    }

    @Test
    void initial_dp_without_called_number_gets_missing_parameter_and_the_call_is_released() {
      start();
      ssf.initialDp(
          InapAddresses.SCP,
          new InitialDpArg(10, null, CALLING, -1, null, List.of()),
          (c, d) -> decisions.add(d));
      net.pump();
      ReturnError err = (ReturnError) ((End) net.messages().get(1)).components().get(0);
      assertThat(err.errorCode()).isEqualTo(InapError.MISSING_PARAMETER.errorCode());
      assertThat(((SsfDecision.Release) decisions.get(0)).reason())
          .isEqualTo(SsfDecision.Reason.SCF_ERROR);
    }

    @Test
    void service_logic_failure_is_answered_with_system_failure() {
      start(
          (id, idp) -> {
            throw new IllegalStateException("database down");
          },
          SsfConfig.defaults(InapAddresses.SSP));
      query("0800123456");
      ReturnError err = (ReturnError) ((End) net.messages().get(1)).components().get(0);
      assertThat(err.errorCode()).isEqualTo(InapError.SYSTEM_FAILURE.errorCode());
      assertThat(err.parameter()).isEqualTo(Octets.fromHex("0a0101"));
      assertThat(scf.counters().get(InapCounters.Counter.LOGIC_FAILURES)).isEqualTo(1);
      assertThat(decisions).hasSize(1);
    }
  }

  @Nested
  class EventMonitoring {
    @Test
    void armed_answer_and_disconnect_are_reported_then_the_dialogue_ends() {
      ScfServiceLogic logic =
          new ScfServiceLogic() {
            @Override
            public ScfAnswer onInitialDp(long id, InitialDpArg idp) {
              return new ScfAnswer.Instructions(
                  List.of(
                      RequestReportBcsmEventArg.of(
                          BcsmEvent.of(
                              EventTypeBcsm.O_ANSWER,
                              MonitorMode.NOTIFY_AND_CONTINUE,
                              LegId.sending(2)),
                          BcsmEvent.of(
                              EventTypeBcsm.O_DISCONNECT,
                              MonitorMode.NOTIFY_AND_CONTINUE,
                              LegId.sending(2))),
                      ConnectArg.to(CalledPartyNumber.of(NatureOfAddress.NATIONAL, "302100100"))));
            }

            @Override
            public ScfAnswer onReport(long id, InapArgument report) {
              reports.add(report);
              return new ScfAnswer.Nothing();
            }
          };
      start(logic, SsfConfig.defaults(InapAddresses.SSP));
      SsfCall call = query("0800123456");
      assertThat(decisions.get(0)).isInstanceOf(SsfDecision.Route.class);
      assertThat(call.state()).isEqualTo(SsfState.MONITORING);
      assertThat(call.armedEvents())
          .containsOnlyKeys(EventTypeBcsm.O_ANSWER, EventTypeBcsm.O_DISCONNECT);
      assertThat(call.reportEvent(EventTypeBcsm.O_NO_ANSWER, LegId.receiving(2))).isFalse();
      assertThat(call.reportEvent(EventTypeBcsm.O_ANSWER, LegId.receiving(2))).isTrue();
      net.pump();
      assertThat(call.reportEvent(EventTypeBcsm.O_DISCONNECT, LegId.receiving(1))).isTrue();
      net.pump();
      assertThat(reports)
          .extracting(r -> ((EventReportBcsmArg) r).eventType())
          .containsExactly(EventTypeBcsm.O_ANSWER, EventTypeBcsm.O_DISCONNECT);
      assertThat(((EventReportBcsmArg) reports.get(0)).isRequest()).isFalse();
      assertThat(call.state()).isEqualTo(SsfState.ENDED);
      assertThat(net.messages().get(net.messages().size() - 1)).isInstanceOf(End.class);
    }

    @Test
    void closing_a_monitored_call_ends_the_dialogue() {
      start(
          (id, idp) ->
              new ScfAnswer.Instructions(
                  List.of(
                      RequestReportBcsmEventArg.of(
                          BcsmEvent.of(
                              EventTypeBcsm.O_DISCONNECT, MonitorMode.NOTIFY_AND_CONTINUE, null)),
                      ConnectArg.to(CalledPartyNumber.of(NatureOfAddress.NATIONAL, "302100100")))),
          SsfConfig.defaults(InapAddresses.SSP));
      SsfCall call = query("0800123456");
      call.close();
      call.close();
      assertThat(call.state()).isEqualTo(SsfState.ENDED);
    }
  }

  @Nested
  class ScfDrivenMonitoring {
    final RawTcUser raw = new RawTcUser();
    TcapStack rawScp;

    void startRawScp() {
      rawScp = new TcapStack(net.b, Ssn.INAP, clock, TcapConfig.defaults());
      rawScp.bind(raw);
      ssf = new SsfService(sspTcap, clock, SsfConfig.defaults(InapAddresses.SSP)).bind();
    }

    Octets rrbe() {
      return InapCodec.encode(
          RequestReportBcsmEventArg.of(
              BcsmEvent.of(EventTypeBcsm.O_ANSWER, MonitorMode.NOTIFY_AND_CONTINUE, null)));
    }

    @Test
    void arming_without_instruction_restarts_tssf() {
      startRawScp();
      raw.onBegin =
          b -> {
            b.dialogue()
                .invoke(
                    InapOperation.REQUEST_REPORT_BCSM_EVENT.opCode(),
                    rrbe(),
                    OperationClass.CLASS_2,
                    Duration.ofSeconds(5));
            b.dialogue().continueWith();
          };
      SsfCall call = query("0800123456");
      assertThat(call.state()).isEqualTo(SsfState.WAITING_FOR_INSTRUCTIONS);
      clock.advance(Duration.ofSeconds(9));
      assertThat(decisions).isEmpty();
      clock.advance(Duration.ofSeconds(1));
      assertThat(((SsfDecision.Release) decisions.get(0)).reason())
          .isEqualTo(SsfDecision.Reason.SCF_TIMEOUT);
      // the SCF had answered, so the timeout aborts the dialogue towards it
      net.pump();
      assertThat(net.messages().get(net.messages().size() - 1)).isInstanceOf(Abort.class);
      assertThat(rawScp.dialogueCount()).isZero();
    }

    @Test
    void release_call_while_monitoring_ends_the_relationship() {
      startRawScp();
      List<Cause> lateReleases = new ArrayList<>();
      raw.onBegin =
          b -> {
            b.dialogue()
                .invoke(
                    InapOperation.REQUEST_REPORT_BCSM_EVENT.opCode(),
                    rrbe(),
                    OperationClass.CLASS_2,
                    Duration.ofSeconds(5));
            b.dialogue()
                .invoke(
                    InapOperation.CONTINUE.opCode(),
                    null,
                    OperationClass.CLASS_4,
                    Duration.ofSeconds(5));
            b.dialogue().continueWith();
          };
      SsfCall call =
          ssf.initialDp(
              InapAddresses.SCP,
              InitialDpArg.of(
                  10, CalledPartyNumber.of(NatureOfAddress.NATIONAL, "0800123"), CALLING),
              new org.ss7sim.inap.ssf.SsfListener() {
                @Override
                public void onDecision(SsfCall c, SsfDecision d) {
                  decisions.add(d);
                }

                @Override
                public void onReleaseDuringCall(SsfCall c, Cause cause) {
                  lateReleases.add(cause);
                }
              });
      net.pump();
      assertThat(decisions).containsExactly(new SsfDecision.Proceed());
      assertThat(call.state()).isEqualTo(SsfState.MONITORING);
      var d = rawScp.dialogue(raw.last(org.ss7sim.tcap.BeginIndication.class).dialogue().id());
      d.invoke(
          InapOperation.RELEASE_CALL.opCode(),
          InapCodec.encode(
              new org.ss7sim.inap.message.ReleaseCallArg(Cause.of(Cause.NORMAL_CLEARING))),
          OperationClass.CLASS_2,
          Duration.ofSeconds(5));
      d.continueWith();
      net.pump();
      assertThat(lateReleases).containsExactly(Cause.of(Cause.NORMAL_CLEARING));
      assertThat(call.state()).isEqualTo(SsfState.ENDED);
      assertThat(decisions).hasSize(1);
      assertThat(rawScp.dialogueCount()).isZero();
    }
  }

  @Nested
  class BadInputAtTheScf {
    final RawTcUser raw = new RawTcUser();

    EndIndication send(OperationCode op, Octets parameter) {
      start();
      TcapStack rawTcap = new TcapStack(net.a, new Ssn(12), clock, TcapConfig.defaults());
      rawTcap.bind(raw);
      var d =
          rawTcap.newDialogue(
              org.ss7sim.sccp.SccpAddress.ofSsn(org.ss7sim.mtp.PointCode.itu(1001), new Ssn(12)),
              InapAddresses.SCP,
              InapApplicationContext.CORE_INAP_CS1_SSP_TO_SCP);
      d.invoke(op, parameter, OperationClass.CLASS_2, Duration.ofSeconds(5));
      d.begin();
      net.pump();
      assertThat(rawTcap.dialogueCount()).isZero();
      return raw.last(EndIndication.class);
    }

    @Test
    void initial_dp_without_service_key_is_rejected_as_mistyped_parameter() {
      EndIndication end = send(InapOperation.INITIAL_DP.opCode(), Octets.fromHex("300482020301"));
      Reject rej = (Reject) end.components().get(0);
      assertThat(rej.problem()).isEqualTo(RejectProblem.InvokeProblem.MISTYPED_PARAMETER.problem());
      assertThat(scf.counters().get(InapCounters.Counter.REJECTED_MISTYPED_PARAMETER)).isEqualTo(1);
    }

    @Test
    void element_running_past_the_end_of_the_argument_is_rejected_as_mistyped_parameter() {
      // serviceKey claims 2 octets, the SEQUENCE holds 1
      EndIndication end = send(InapOperation.INITIAL_DP.opCode(), Octets.fromHex("3003800201"));
      Reject rej = (Reject) end.components().get(0);
      assertThat(rej.problem()).isEqualTo(RejectProblem.InvokeProblem.MISTYPED_PARAMETER.problem());
    }

    @Test
    void unknown_operation_is_rejected_as_unrecognized() {
      EndIndication end = send(OperationCode.local(99), null);
      Reject rej = (Reject) end.components().get(0);
      assertThat(rej.problem())
          .isEqualTo(RejectProblem.InvokeProblem.UNRECOGNIZED_OPERATION.problem());
    }

    @Test
    void connect_sent_to_the_scf_gets_unexpected_component_sequence() {
      EndIndication end =
          send(
              InapOperation.CONNECT.opCode(),
              InapCodec.encode(
                  ConnectArg.to(CalledPartyNumber.of(NatureOfAddress.NATIONAL, "1234"))));
      ReturnError err = (ReturnError) end.components().get(0);
      assertThat(err.errorCode()).isEqualTo(InapError.UNEXPECTED_COMPONENT_SEQUENCE.errorCode());
    }
  }

  @Nested
  class BadInputAtTheSsf {
    final RawTcUser raw = new RawTcUser();

    void scfAnswersWith(OperationCode op, Octets parameter, boolean continueDialogue) {
      TcapStack rawScp = new TcapStack(net.b, Ssn.INAP, clock, TcapConfig.defaults());
      rawScp.bind(raw);
      raw.onBegin =
          b -> {
            b.dialogue().invoke(op, parameter, OperationClass.CLASS_2, Duration.ofSeconds(5));
            if (continueDialogue) {
              b.dialogue().continueWith();
            } else {
              b.dialogue().end();
            }
          };
      ssf = new SsfService(sspTcap, clock, SsfConfig.defaults(InapAddresses.SSP)).bind();
      query("0800123456");
      net.pump();
      assertThat(rawScp.dialogueCount()).isZero();
    }

    @Test
    void malformed_connect_in_a_continue_is_rejected_and_the_call_released() {
      scfAnswersWith(InapOperation.CONNECT.opCode(), Octets.fromHex("3000"), true);
      SsfDecision.Release r = (SsfDecision.Release) decisions.get(0);
      assertThat(r.reason()).isEqualTo(SsfDecision.Reason.PROTOCOL_ERROR);
      End end = (End) net.messages().get(2);
      assertThat(((Reject) end.components().get(0)).problem())
          .isEqualTo(RejectProblem.InvokeProblem.MISTYPED_PARAMETER.problem());
    }

    @Test
    void malformed_connect_in_an_end_releases_the_call_without_answer() {
      scfAnswersWith(InapOperation.CONNECT.opCode(), Octets.fromHex("3000"), false);
      assertThat(((SsfDecision.Release) decisions.get(0)).reason())
          .isEqualTo(SsfDecision.Reason.PROTOCOL_ERROR);
      assertThat(net.messages()).hasSize(2);
      assertThat(ssf.counters().get(InapCounters.Counter.DISCARDED_AFTER_END)).isEqualTo(1);
    }

    @Test
    void an_end_without_instructions_releases_the_call() {
      scfAnswersWith(InapOperation.APPLY_CHARGING.opCode(), Octets.fromHex("3003800100"), false);
      assertThat(((SsfDecision.Release) decisions.get(0)).reason())
          .isEqualTo(SsfDecision.Reason.SCF_ABORT);
    }
  }

  @Test
  void time_of_day_band_applies_in_the_scf() {
    TranslationTable t =
        TranslationTable.builder()
            .entry("0800", "office hours")
            .between(
                LocalTime.of(8, 0), LocalTime.of(18, 0), Treatment.route(RoutingTarget.to("301")))
            .otherwise(Treatment.route(RoutingTarget.to("309")))
            .build();
    start(
        new NumberTranslation(t, clock, ZoneOffset.UTC, new Random(1), Set.of()),
        SsfConfig.defaults(InapAddresses.SSP));
    query("0800123");
    clock.advance(Duration.ofHours(9));
    query("0800123");
    assertThat(decisions)
        .extracting(d -> ((SsfDecision.Route) d).destination().digits())
        .containsExactly("301", "309");
  }
}
