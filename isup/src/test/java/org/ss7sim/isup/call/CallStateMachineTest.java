package org.ss7sim.isup.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.isup.call.CallAction.*;
import static org.ss7sim.isup.call.CallEvent.*;
import static org.ss7sim.isup.call.CallState.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.isup.parameter.CauseValue;

/**
 * The call state machine, one row per (state, event) Q.764 allows, with the next state and the
 * actions in order; every other (state, event) is unexpected (Q.764 §2.9.5: discarded, counted).
 */
class CallStateMachineTest {
  private static final List<CallAction> RELEASE =
      List.of(STOP_TIMERS, START_T1_T5, INDICATE_RELEASE, SEND_REL);
  private static final List<CallAction> REFUSE = List.of(STOP_TIMERS, START_T1_T5, SEND_REL);
  private static final CallState[] BUSY = {
    AWAITING_ADDRESS_COMPLETE,
    AWAITING_ANSWER,
    AWAITING_CONTINUITY,
    COLLECTING_ADDRESS,
    PRESENTED,
    ALERTING,
    ANSWERED
  };

  static Stream<Arguments> allowed() {
    List<Arguments> rows = new ArrayList<>();
    // state, event, next, actions, spec
    add(rows, IDLE, USER_SETUP, AWAITING_ADDRESS_COMPLETE, "§2.1.1.1", START_T7, SEND_IAM);
    add(rows, IDLE, NO_CIRCUIT, IDLE, "§2.1.1.1 no circuit", INDICATE_RELEASE, FINISH);
    add(rows, IDLE, PEER_IAM, PRESENTED, "§2.1.1.2", INDICATE_INCOMING);
    add(rows, IDLE, PEER_IAM_INCOMPLETE, COLLECTING_ADDRESS, "§2.1.2.2", INDICATE_INCOMING);
    add(rows, IDLE, PEER_IAM_CONTINUITY_CHECK, AWAITING_CONTINUITY, "§2.1.8", START_T8);
    add(rows, IDLE, PEER_IAM_ON_BLOCKED_CIRCUIT, RELEASE_SENT, "§2.8.2.3", START_T1_T5, SEND_REL);

    CallState s = AWAITING_ADDRESS_COMPLETE;
    add(rows, s, USER_MORE_DIGITS, s, "§2.1.2.1 SAM restarts T7", START_T7, SEND_SAM);
    add(rows, s, PEER_ACM, AWAITING_ANSWER, "§2.1.4.7", MARK_ALERTING, START_T9, INDICATE_ALERTING);
    add(rows, s, PEER_CON, ANSWERED, "§2.1.4.1", STOP_CALL_TIMER, MARK_ANSWER, INDICATE_ANSWER);
    add(rows, s, PEER_ANM, ANSWERED, "§2.1.7", STOP_CALL_TIMER, MARK_ANSWER, INDICATE_ANSWER);
    add(rows, s, PEER_CPG, s, "§2.1.5", INDICATE_PROGRESS);
    add(rows, s, PEER_CPG_ALERTING, s, "§2.1.5 alerting", MARK_ALERTING, INDICATE_ALERTING);
    add(rows, s, PEER_INR, s, "§2.1.6", SEND_INF);
    rows.add(Arguments.of(s, T7_EXPIRY, RELEASE_SENT, RELEASE, "§2.1.1 T7, cause 102"));
    add(rows, s, GLARE_LOST, IDLE, "§2.9.1.4 b", STOP_TIMERS, LEAVE_CIRCUIT);

    s = AWAITING_ANSWER;
    add(rows, s, PEER_CPG, s, "§2.1.5", INDICATE_PROGRESS);
    add(rows, s, PEER_ANM, ANSWERED, "§2.1.7", STOP_CALL_TIMER, MARK_ANSWER, INDICATE_ANSWER);
    add(rows, s, PEER_INR, s, "§2.1.6", SEND_INF);
    rows.add(Arguments.of(s, T9_EXPIRY, RELEASE_SENT, RELEASE, "§2.1.7 T9, cause 19"));

    s = AWAITING_CONTINUITY;
    add(rows, s, PEER_COT_SUCCESS, PRESENTED, "§2.1.8", STOP_CALL_TIMER, INDICATE_INCOMING);
    add(
        rows,
        s,
        PEER_COT_SUCCESS_INCOMPLETE,
        COLLECTING_ADDRESS,
        "§2.1.8 overlap",
        STOP_CALL_TIMER,
        INDICATE_INCOMING);
    rows.add(Arguments.of(s, PEER_COT_FAILURE, RELEASE_SENT, REFUSE, "§2.1.8 failed"));
    rows.add(Arguments.of(s, T8_EXPIRY, RELEASE_SENT, REFUSE, "§2.1.8 T8"));

    s = COLLECTING_ADDRESS;
    add(rows, s, PEER_SAM, s, "§2.1.2.2", INDICATE_MORE_DIGITS);
    add(rows, s, PEER_SAM_LAST, PRESENTED, "§2.1.2.2 ST", INDICATE_MORE_DIGITS);
    for (CallState t : new CallState[] {COLLECTING_ADDRESS, PRESENTED}) {
      add(rows, t, USER_ALERT, ALERTING, "§2.1.4", MARK_ALERTING, SEND_ACM);
      add(rows, t, USER_ANSWER, ANSWERED, "§2.1.4.1 CON", MARK_ANSWER, SEND_CON);
    }
    add(rows, ALERTING, USER_ANSWER, ANSWERED, "§2.1.7 ANM", MARK_ANSWER, SEND_ANM);
    for (CallState t : new CallState[] {COLLECTING_ADDRESS, PRESENTED, ALERTING}) {
      add(rows, t, USER_INFORMATION_REQUEST, t, "§2.1.6", START_T33, SEND_INR);
      add(rows, t, USER_PROGRESS, t, "§2.1.5", SEND_CPG);
      add(rows, t, PEER_INF, t, "§2.1.6", STOP_T33);
      rows.add(Arguments.of(t, T33_EXPIRY, RELEASE_SENT, RELEASE, "§2.1.6 T33, cause 111"));
    }

    add(rows, ANSWERED, PEER_SUS, ANSWERED, "§2.5");
    add(rows, ANSWERED, PEER_RES, ANSWERED, "§2.5");
    add(rows, ANSWERED, PEER_INF, ANSWERED, "§2.1.6 late INF", STOP_T33);

    for (CallState t : BUSY) {
      boolean told = t != AWAITING_CONTINUITY;
      rows.add(Arguments.of(t, USER_RELEASE, RELEASE_SENT, told ? RELEASE : REFUSE, "§2.3.1 a"));
      rows.add(Arguments.of(t, LOCAL_RELEASE, RELEASE_SENT, told ? RELEASE : REFUSE, "§2.9.5.1"));
      rows.add(
          Arguments.of(
              t,
              PEER_REL,
              IDLE,
              told ? List.of(INDICATE_RELEASE, FINISH, SEND_RLC) : List.of(FINISH, SEND_RLC),
              "§2.3.1 c"));
      rows.add(
          Arguments.of(
              t,
              CIRCUIT_CLEARED,
              IDLE,
              told ? List.of(INDICATE_RELEASE, FINISH) : List.of(FINISH),
              "§2.10.3"));
    }

    s = RELEASE_SENT;
    add(rows, s, PEER_RLC, IDLE, "§2.3.1 d", FINISH);
    add(rows, s, PEER_REL, IDLE, "§2.3.1 f collision", FINISH, SEND_RLC);
    add(rows, s, T1_EXPIRY, s, "§2.3.1 T1 repeats REL", START_T1, SEND_REL);
    add(rows, s, T5_EXPIRY, IDLE, "§2.10.2 T5", FINISH, RESET_CIRCUIT);
    add(rows, s, CIRCUIT_CLEARED, IDLE, "§2.10.3", FINISH);
    add(rows, s, USER_RELEASE, s, "§2.3.1 already releasing");
    return rows.stream();
  }

  private static void add(
      List<Arguments> rows,
      CallState state,
      CallEvent event,
      CallState next,
      String spec,
      CallAction... actions) {
    rows.add(Arguments.of(state, event, next, List.of(actions), spec));
  }

  static Stream<Arguments> unexpected() {
    Set<String> allowed = new HashSet<>();
    allowed().forEach(a -> allowed.add(a.get()[0] + "/" + a.get()[1]));
    List<Arguments> rows = new ArrayList<>();
    for (CallState s : CallState.values()) {
      for (CallEvent e : CallEvent.values()) {
        if (!allowed.contains(s + "/" + e)) {
          rows.add(Arguments.of(s, e));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} + {1} -> {2} {3} ({4})")
  @MethodSource("allowed")
  void each_allowed_state_and_event_gives_the_q764_outcome(
      CallState state, CallEvent event, CallState next, List<CallAction> actions, String spec) {
    assertThat(CallStateMachine.handle(state, event))
        .isEqualTo(new CallStateMachine.Outcome(next, actions, true));
  }

  @ParameterizedTest(name = "{0} + {1}: unexpected (§2.9.5)")
  @MethodSource("unexpected")
  void every_other_state_and_event_is_unexpected_and_changes_nothing(
      CallState state, CallEvent event) {
    CallStateMachine.Outcome o = CallStateMachine.handle(state, event);
    assertThat(o.expected()).isFalse();
    assertThat(o.next()).isEqualTo(state);
    assertThat(o.actions()).isEmpty();
  }

  @Test
  void the_allowed_rows_are_exactly_the_machines_table() {
    for (CallState s : CallState.values()) {
      Set<CallEvent> listed = EnumSet.noneOf(CallEvent.class);
      allowed().filter(a -> a.get()[0] == s).forEach(a -> listed.add((CallEvent) a.get()[1]));
      assertThat(CallStateMachine.allowed(s)).as("row of %s", s).isEqualTo(listed);
    }
  }

  @Test
  void sends_come_last_so_an_answer_arriving_inside_send_finds_the_call_settled() {
    allowed()
        .forEach(
            a -> {
              @SuppressWarnings("unchecked")
              List<CallAction> actions = (List<CallAction>) a.get()[3];
              for (int i = 0; i < actions.size(); i++) {
                if (actions.get(i).name().startsWith("SEND_") || actions.get(i) == RESET_CIRCUIT) {
                  assertThat(actions.subList(i + 1, actions.size()))
                      .as("%s + %s", a.get()[0], a.get()[1])
                      .allMatch(x -> x.name().startsWith("SEND_"));
                }
              }
            });
  }

  @Test
  void timer_expiries_and_refusals_carry_their_q850_cause() {
    assertThat(CallStateMachine.cause(T7_EXPIRY)).isEqualTo(CauseValue.RECOVERY_ON_TIMER_EXPIRY);
    assertThat(CallStateMachine.cause(T9_EXPIRY)).isEqualTo(CauseValue.NO_ANSWER);
    assertThat(CallStateMachine.cause(T8_EXPIRY)).isEqualTo(CauseValue.TEMPORARY_FAILURE);
    assertThat(CallStateMachine.cause(T33_EXPIRY)).isEqualTo(CauseValue.PROTOCOL_ERROR);
    assertThat(CallStateMachine.cause(NO_CIRCUIT)).isEqualTo(CauseValue.NO_CIRCUIT_AVAILABLE);
    assertThat(CallStateMachine.cause(USER_RELEASE)).isNull();
    assertThat(CallStateMachine.initiator(USER_RELEASE))
        .isEqualTo(CallRelease.Initiator.LOCAL_USER);
    assertThat(CallStateMachine.initiator(PEER_REL)).isEqualTo(CallRelease.Initiator.REMOTE);
    assertThat(CallStateMachine.initiator(T5_EXPIRY)).isEqualTo(CallRelease.Initiator.NETWORK);
  }
}
