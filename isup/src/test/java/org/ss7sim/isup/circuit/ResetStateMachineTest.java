package org.ss7sim.isup.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.isup.circuit.ResetState.AWAITING_GROUP_RESET_ACKNOWLEDGEMENT;
import static org.ss7sim.isup.circuit.ResetState.AWAITING_RELEASE_COMPLETE;
import static org.ss7sim.isup.circuit.ResetState.IDLE;
import static org.ss7sim.isup.circuit.ResetState.RESET_REQUIRED;
import static org.ss7sim.isup.circuit.ResetStateMachine.Action.CLEAR_CALL;
import static org.ss7sim.isup.circuit.ResetStateMachine.Action.CLEAR_REMOTE_BLOCKING;
import static org.ss7sim.isup.circuit.ResetStateMachine.Action.RESUME_BLOCKING;
import static org.ss7sim.isup.circuit.ResetStateMachine.Action.SEND_RELEASE_COMPLETE;
import static org.ss7sim.isup.circuit.ResetStateMachine.Action.START_RESET;
import static org.ss7sim.isup.circuit.ResetStateMachine.Action.STOP_PROCEDURE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.isup.circuit.ResetStateMachine.Action;
import org.ss7sim.isup.circuit.ResetStateMachine.Event;

/**
 * One row per (state, event) of the reset of one circuit (Q.764 §2.10.3.1 RSC, §2.10.3.2 GRS, §2.13
 * MTP-PAUSE); null next = unexpected (an RLC nobody waits for, §2.9.5).
 */
class ResetStateMachineTest {
  static Stream<Arguments> table() {
    List<Arguments> rows = new ArrayList<>();
    List<Action> reset = List.of(CLEAR_CALL, START_RESET);
    List<Action> groupReset = List.of(CLEAR_CALL, STOP_PROCEDURE);
    List<Action> settled = List.of(STOP_PROCEDURE, RESUME_BLOCKING);
    List<Action> rsc = List.of(CLEAR_CALL, CLEAR_REMOTE_BLOCKING, SEND_RELEASE_COMPLETE);
    List<Action> grs = List.of(CLEAR_CALL, CLEAR_REMOTE_BLOCKING);
    List<Action> pauseWithCall = List.of(CLEAR_CALL, STOP_PROCEDURE);
    List<Action> pause = List.of(STOP_PROCEDURE);
    for (ResetState s : ResetState.values()) {
      ResetState afterRemote = s == RESET_REQUIRED ? IDLE : s;
      rows.add(row(s, Event.RESET, AWAITING_RELEASE_COMPLETE, reset, "§2.10.3.1 a RSC, T16/T17"));
      rows.add(
          row(
              s,
              Event.GROUP_RESET,
              AWAITING_GROUP_RESET_ACKNOWLEDGEMENT,
              groupReset,
              "§2.10.3.2 a GRS, T22/T23"));
      rows.add(
          row(
              s,
              Event.RELEASE_COMPLETE,
              s == AWAITING_RELEASE_COMPLETE ? IDLE : null,
              settled,
              "§2.10.3.1 RLC ends the reset"));
      rows.add(
          row(
              s,
              Event.GROUP_RESET_ACKNOWLEDGED,
              s == RESET_REQUIRED ? RESET_REQUIRED : IDLE,
              settled,
              "§2.10.3.2 GRA"));
      rows.add(row(s, Event.RESET_RECEIVED, afterRemote, rsc, "§2.10.3.1 b RSC received"));
      rows.add(row(s, Event.GROUP_RESET_RECEIVED, afterRemote, grs, "§2.10.3.2 b GRS received"));
      rows.add(row(s, Event.PAUSE_WITH_CALL, RESET_REQUIRED, pauseWithCall, "§2.13 call unknown"));
      rows.add(row(s, Event.PAUSE, s == IDLE ? IDLE : RESET_REQUIRED, pause, "§2.13"));
    }
    return rows.stream();
  }

  private static Arguments row(
      ResetState s, Event e, ResetState next, List<Action> actions, String spec) {
    return Arguments.of(s, e, next, actions, spec);
  }

  @ParameterizedTest(name = "{0} + {1} -> {2} {3} ({4})")
  @MethodSource("table")
  void each_state_and_event_gives_the_q764_outcome(
      ResetState state, Event event, ResetState next, List<Action> actions, String spec) {
    ResetStateMachine.Outcome expected =
        next == null
            ? new ResetStateMachine.Outcome(state, List.of(), false)
            : new ResetStateMachine.Outcome(next, actions, true);
    assertThat(ResetStateMachine.handle(state, event)).isEqualTo(expected);
    assertThat(ResetStateMachine.allowed(state).contains(event)).isEqualTo(next != null);
  }

  @Test
  void the_table_covers_every_state_and_event() {
    Set<String> rows = new HashSet<>();
    table().forEach(a -> rows.add(a.get()[0] + "/" + a.get()[1]));
    assertThat(rows).hasSize(ResetState.values().length * Event.values().length);
  }
}
