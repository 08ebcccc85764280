package org.ss7sim.cap.ssf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.cap.ssf.GsmSsfAction.ABORT_DIALOGUE;
import static org.ss7sim.cap.ssf.GsmSsfAction.ANSWER_ACTIVITY_TEST;
import static org.ss7sim.cap.ssf.GsmSsfAction.ARM;
import static org.ss7sim.cap.ssf.GsmSsfAction.DEFAULT_CALL_HANDLING;
import static org.ss7sim.cap.ssf.GsmSsfAction.DISCARD;
import static org.ss7sim.cap.ssf.GsmSsfAction.END_DIALOGUE;
import static org.ss7sim.cap.ssf.GsmSsfAction.ERROR_UNEXPECTED_COMPONENT_SEQUENCE;
import static org.ss7sim.cap.ssf.GsmSsfAction.RESTART_TSSF;
import static org.ss7sim.cap.ssf.GsmSsfAction.RESUME_CALL;
import static org.ss7sim.cap.ssf.GsmSsfAction.SEND_APPLY_CHARGING_REPORT;
import static org.ss7sim.cap.ssf.GsmSsfAction.SEND_EVENT_REPORT;
import static org.ss7sim.cap.ssf.GsmSsfAction.SEND_INITIAL_DP;
import static org.ss7sim.cap.ssf.GsmSsfAction.SEND_PENDING_REPORTS;
import static org.ss7sim.cap.ssf.GsmSsfAction.START_TSSF;
import static org.ss7sim.cap.ssf.GsmSsfAction.STOP_TSSF;
import static org.ss7sim.cap.ssf.GsmSsfAction.SUSPEND_CALL;
import static org.ss7sim.cap.ssf.GsmSsfEvent.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (state, event) pair of the gsmSSF FSM (TS 29.078 §4.1.1.2 as reduced in {@link
 * GsmSsfMachine}): the next state and the actions in order. Operations from the gsmSCF a state does
 * not accept get unexpectedComponentSequence (§14.1); BCSM and timer events it does not accept are
 * discarded.
 */
class GsmSsfMachineTest {
  static final GsmSsfState I = GsmSsfState.IDLE;
  static final GsmSsfState W = GsmSsfState.WAITING_FOR_INSTRUCTIONS;
  static final GsmSsfState M = GsmSsfState.MONITORING;
  static final List<GsmSsfAction> UCS = List.of(ERROR_UNEXPECTED_COMPONENT_SEQUENCE);
  static final List<GsmSsfAction> DROP = List.of(DISCARD);

  static Stream<Arguments> table() {
    Object[][] rows = {
      // state, event, next, actions
      // §4.1.1.2.1 Idle: only a TDP-R starts a relationship
      {I, TDP_R_ENCOUNTERED, W, List.of(SEND_INITIAL_DP, SUSPEND_CALL, START_TSSF)},
      {I, EDP_R_MET, I, DROP},
      {I, EDP_N_MET, I, DROP},
      {I, EDP_N_LAST_MET, I, DROP},
      {I, CHARGING_REPORT_DUE, I, DROP},
      {I, CALL_ENDED_UNARMED, I, DROP},
      {I, RESUME, I, UCS},
      {I, RESUME_MONITORED, I, UCS},
      {I, RELEASE_CALL, I, UCS},
      {I, ARMING, I, UCS},
      {I, RESET_TIMER, I, UCS},
      {I, ACTIVITY_TEST, I, UCS},
      {I, DIALOGUE_ENDED, I, UCS},
      {I, TSSF_EXPIRED, I, DROP},
      // §4.1.1.2.2 Waiting_For_Instructions
      {W, TDP_R_ENCOUNTERED, W, DROP},
      {W, EDP_R_MET, W, DROP},
      {W, EDP_N_MET, W, DROP},
      {W, EDP_N_LAST_MET, W, DROP},
      {W, CHARGING_REPORT_DUE, W, List.of(SEND_APPLY_CHARGING_REPORT)},
      {W, CALL_ENDED_UNARMED, I, List.of(STOP_TSSF, SEND_PENDING_REPORTS, END_DIALOGUE)},
      {W, RESUME, I, List.of(STOP_TSSF, RESUME_CALL, END_DIALOGUE)},
      {W, RESUME_MONITORED, M, List.of(STOP_TSSF, RESUME_CALL)},
      {
        W,
        RELEASE_CALL,
        I,
        List.of(STOP_TSSF, GsmSsfAction.RELEASE_CALL, SEND_PENDING_REPORTS, END_DIALOGUE)
      },
      {W, ARMING, W, List.of(ARM)},
      {W, RESET_TIMER, W, List.of(RESTART_TSSF)},
      {W, ACTIVITY_TEST, W, List.of(ANSWER_ACTIVITY_TEST)},
      {W, DIALOGUE_ENDED, I, List.of(STOP_TSSF, DEFAULT_CALL_HANDLING)},
      {W, TSSF_EXPIRED, I, List.of(DEFAULT_CALL_HANDLING, ABORT_DIALOGUE)},
      // §4.1.1.2.4 Monitoring
      {M, TDP_R_ENCOUNTERED, M, DROP},
      {M, EDP_R_MET, W, List.of(SEND_EVENT_REPORT, SUSPEND_CALL, START_TSSF)},
      {M, EDP_N_MET, M, List.of(SEND_EVENT_REPORT)},
      {M, EDP_N_LAST_MET, I, List.of(SEND_EVENT_REPORT, END_DIALOGUE)},
      {M, CHARGING_REPORT_DUE, M, List.of(SEND_APPLY_CHARGING_REPORT)},
      {M, CALL_ENDED_UNARMED, I, List.of(SEND_PENDING_REPORTS, END_DIALOGUE)},
      {M, RESUME, M, UCS},
      {M, RESUME_MONITORED, M, UCS},
      {M, RELEASE_CALL, I, List.of(GsmSsfAction.RELEASE_CALL, SEND_PENDING_REPORTS, END_DIALOGUE)},
      {M, ARMING, M, List.of(ARM)},
      {M, RESET_TIMER, M, UCS},
      {M, ACTIVITY_TEST, M, List.of(ANSWER_ACTIVITY_TEST)},
      {M, DIALOGUE_ENDED, I, List.of()},
      {M, TSSF_EXPIRED, M, DROP},
    };
    List<Arguments> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(Arguments.of(r));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} + {1} -> {2} {3}")
  @MethodSource("table")
  void transition(
      GsmSsfState state, GsmSsfEvent event, GsmSsfState next, List<GsmSsfAction> actions) {
    GsmSsfMachine.Outcome o = GsmSsfMachine.handle(state, event);
    assertThat(o.next()).isEqualTo(next);
    assertThat(o.actions()).isEqualTo(actions);
    boolean unexpected = actions.equals(UCS) || actions.equals(DROP);
    assertThat(GsmSsfMachine.allowed(state).contains(event)).isEqualTo(!unexpected);
  }

  @Test
  void the_table_test_covers_every_pair() {
    assertThat(table().count())
        .isEqualTo((long) GsmSsfState.values().length * GsmSsfEvent.values().length);
  }

  @Test
  void a_prepaid_call_walks_idle_wait_monitoring_and_back() {
    GsmSsfState s = GsmSsfState.IDLE;
    for (GsmSsfEvent e :
        List.of(
            TDP_R_ENCOUNTERED, // InitialDP
            ARMING, // RequestReportBCSMEvent, ApplyCharging
            RESUME_MONITORED, // Continue
            EDP_N_MET, // oAnswer
            CHARGING_REPORT_DUE, // period over
            EDP_R_MET)) { // oDisconnect, ApplyChargingReport alongside
      s = GsmSsfMachine.handle(s, e).next();
    }
    assertThat(s).isEqualTo(GsmSsfState.WAITING_FOR_INSTRUCTIONS);
    GsmSsfMachine.Outcome end = GsmSsfMachine.handle(s, RELEASE_CALL);
    assertThat(end.next()).isEqualTo(GsmSsfState.IDLE);
    assertThat(end.actions()).endsWith(END_DIALOGUE);
  }
}
