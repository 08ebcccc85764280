package org.ss7sim.isup.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The declared call state table, one row per (state, event) that Q.764 allows, and what it forbids.
 */
class CallStateTableTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        // Q.764 §2.1.1 outgoing set-up
        Arguments.of(CallState.IDLE, CallEvent.USER_SETUP, CallState.AWAITING_ADDRESS_COMPLETE),
        Arguments.of(
            CallState.AWAITING_ADDRESS_COMPLETE, CallEvent.PEER_ACM, CallState.AWAITING_ANSWER),
        Arguments.of(CallState.AWAITING_ADDRESS_COMPLETE, CallEvent.PEER_CON, CallState.ANSWERED),
        Arguments.of(
            CallState.AWAITING_ADDRESS_COMPLETE,
            CallEvent.USER_MORE_DIGITS,
            CallState.AWAITING_ADDRESS_COMPLETE),
        Arguments.of(
            CallState.AWAITING_ADDRESS_COMPLETE, CallEvent.T7_EXPIRY, CallState.RELEASE_SENT),
        Arguments.of(CallState.AWAITING_ADDRESS_COMPLETE, CallEvent.GLARE_LOST, CallState.IDLE),
        Arguments.of(CallState.AWAITING_ANSWER, CallEvent.PEER_ANM, CallState.ANSWERED),
        Arguments.of(CallState.AWAITING_ANSWER, CallEvent.PEER_CPG, CallState.AWAITING_ANSWER),
        Arguments.of(CallState.AWAITING_ANSWER, CallEvent.T9_EXPIRY, CallState.RELEASE_SENT),
        // Q.764 §2.1.2, §2.1.8 incoming set-up
        Arguments.of(CallState.IDLE, CallEvent.PEER_IAM, CallState.PRESENTED),
        Arguments.of(CallState.IDLE, CallEvent.PEER_IAM_INCOMPLETE, CallState.COLLECTING_ADDRESS),
        Arguments.of(
            CallState.IDLE, CallEvent.PEER_IAM_CONTINUITY_CHECK, CallState.AWAITING_CONTINUITY),
        Arguments.of(
            CallState.AWAITING_CONTINUITY, CallEvent.PEER_COT_SUCCESS, CallState.PRESENTED),
        Arguments.of(CallState.AWAITING_CONTINUITY, CallEvent.T8_EXPIRY, CallState.RELEASE_SENT),
        Arguments.of(
            CallState.COLLECTING_ADDRESS, CallEvent.PEER_SAM, CallState.COLLECTING_ADDRESS),
        Arguments.of(CallState.COLLECTING_ADDRESS, CallEvent.PEER_SAM_LAST, CallState.PRESENTED),
        Arguments.of(CallState.PRESENTED, CallEvent.USER_ALERT, CallState.ALERTING),
        Arguments.of(CallState.PRESENTED, CallEvent.USER_ANSWER, CallState.ANSWERED),
        Arguments.of(CallState.ALERTING, CallEvent.USER_ANSWER, CallState.ANSWERED),
        Arguments.of(CallState.ALERTING, CallEvent.T33_EXPIRY, CallState.RELEASE_SENT),
        // Q.764 §2.3 release
        Arguments.of(CallState.ANSWERED, CallEvent.USER_RELEASE, CallState.RELEASE_SENT),
        Arguments.of(CallState.ANSWERED, CallEvent.PEER_REL, CallState.IDLE),
        Arguments.of(CallState.RELEASE_SENT, CallEvent.PEER_RLC, CallState.IDLE),
        Arguments.of(CallState.RELEASE_SENT, CallEvent.PEER_REL, CallState.IDLE),
        Arguments.of(CallState.RELEASE_SENT, CallEvent.T1_EXPIRY, CallState.RELEASE_SENT),
        Arguments.of(CallState.RELEASE_SENT, CallEvent.T5_EXPIRY, CallState.IDLE),
        Arguments.of(CallState.ALERTING, CallEvent.CIRCUIT_CLEARED, CallState.IDLE));
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @MethodSource("rows")
  void transition(CallState from, CallEvent event, CallState to) {
    assertThat(CallStateTable.next(from, event)).isEqualTo(to);
  }

  @Test
  void every_busy_state_accepts_release_from_either_side_and_circuit_clearing() {
    for (CallState s : CallState.values()) {
      if (s == CallState.IDLE) {
        continue;
      }
      assertThat(CallStateTable.allowed(s, CallEvent.PEER_REL)).as("%s REL", s).isTrue();
      assertThat(CallStateTable.allowed(s, CallEvent.USER_RELEASE)).as("%s release", s).isTrue();
      assertThat(CallStateTable.allowed(s, CallEvent.CIRCUIT_CLEARED)).as("%s cleared", s).isTrue();
    }
  }

  @Test
  void backward_messages_are_unexpected_on_the_incoming_side_and_after_answer() {
    List<String> wrong = new ArrayList<>();
    for (CallState s :
        List.of(CallState.PRESENTED, CallState.ALERTING, CallState.ANSWERED, CallState.IDLE)) {
      for (CallEvent e : List.of(CallEvent.PEER_ACM, CallEvent.PEER_ANM, CallEvent.PEER_CON)) {
        if (CallStateTable.allowed(s, e)) {
          wrong.add(s + " " + e);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void idle_accepts_only_set_up() {
    for (CallEvent e : CallEvent.values()) {
      boolean setUp =
          e == CallEvent.USER_SETUP || e == CallEvent.NO_CIRCUIT || e.name().startsWith("PEER_IAM");
      assertThat(CallStateTable.allowed(CallState.IDLE, e)).as("IDLE %s", e).isEqualTo(setUp);
    }
  }

  @Test
  void timers_expire_only_in_the_states_that_run_them() {
    assertThat(states(CallEvent.T7_EXPIRY)).containsExactly(CallState.AWAITING_ADDRESS_COMPLETE);
    assertThat(states(CallEvent.T9_EXPIRY)).containsExactly(CallState.AWAITING_ANSWER);
    assertThat(states(CallEvent.T8_EXPIRY)).containsExactly(CallState.AWAITING_CONTINUITY);
    assertThat(states(CallEvent.T1_EXPIRY)).containsExactly(CallState.RELEASE_SENT);
    assertThat(states(CallEvent.T5_EXPIRY)).containsExactly(CallState.RELEASE_SENT);
  }

  private static List<CallState> states(CallEvent e) {
    return Stream.of(CallState.values()).filter(s -> CallStateTable.allowed(s, e)).toList();
  }
}
