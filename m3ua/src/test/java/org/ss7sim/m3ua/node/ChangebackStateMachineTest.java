package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.m3ua.node.ChangebackStateMachine.Action.BUFFER;
import static org.ss7sim.m3ua.node.ChangebackStateMachine.Action.SEND;
import static org.ss7sim.m3ua.node.ChangebackStateMachine.Action.SEND_BUFFER;
import static org.ss7sim.m3ua.node.ChangebackStateMachine.Action.START_T3;
import static org.ss7sim.m3ua.node.ChangebackStateMachine.Action.STOP_T3;
import static org.ss7sim.m3ua.node.ChangebackStateMachine.State.CHANGEBACK;
import static org.ss7sim.m3ua.node.ChangebackStateMachine.State.NORMAL;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.m3ua.node.ChangebackStateMachine.Action;
import org.ss7sim.m3ua.node.ChangebackStateMachine.Event;
import org.ss7sim.m3ua.node.ChangebackStateMachine.State;

/** One row per (state, event) of the time-controlled changeback (Q.704 §6.4, §8.2). */
class ChangebackStateMachineTest {
  static Stream<Arguments> table() {
    return Stream.of(
        // state, event, next, actions, expected, spec
        Arguments.of(
            NORMAL, Event.ROUTE_IMPROVED, CHANGEBACK, List.of(START_T3), true, "§6.4, §8.2"),
        Arguments.of(NORMAL, Event.ROUTE_WORSENED, NORMAL, List.of(), true, "§5, §7: no buffer"),
        Arguments.of(NORMAL, Event.DESTINATION_LOST, NORMAL, List.of(), true, "§2.3.3"),
        Arguments.of(NORMAL, Event.MESSAGE, NORMAL, List.of(SEND), true, "normal sending"),
        Arguments.of(NORMAL, Event.BUFFER_FULL, NORMAL, List.of(SEND), true, "normal sending"),
        Arguments.of(NORMAL, Event.T3_EXPIRED, NORMAL, List.of(), false, "stale timer"),
        Arguments.of(
            CHANGEBACK, Event.ROUTE_IMPROVED, CHANGEBACK, List.of(), true, "T3 already runs"),
        Arguments.of(
            CHANGEBACK,
            Event.ROUTE_WORSENED,
            NORMAL,
            List.of(STOP_T3, SEND_BUFFER),
            true,
            "§6.5: normal route lost again"),
        Arguments.of(
            CHANGEBACK,
            Event.DESTINATION_LOST,
            NORMAL,
            List.of(STOP_T3, SEND_BUFFER),
            true,
            "§2.3.3: routing discards and counts"),
        Arguments.of(CHANGEBACK, Event.MESSAGE, CHANGEBACK, List.of(BUFFER), true, "§6.4"),
        Arguments.of(
            CHANGEBACK,
            Event.BUFFER_FULL,
            NORMAL,
            List.of(STOP_T3, SEND_BUFFER, SEND),
            true,
            "bounded buffer: end early, in order"),
        Arguments.of(
            CHANGEBACK, Event.T3_EXPIRED, NORMAL, List.of(SEND_BUFFER), true, "§6.4, §8.2"));
  }

  @ParameterizedTest(name = "{0} + {1} -> {2} {3} ({5})")
  @MethodSource("table")
  void each_state_and_event_gives_the_procedure_s_outcome(
      State state, Event event, State next, List<Action> actions, boolean expected, String spec) {
    assertThat(ChangebackStateMachine.handle(state, event))
        .isEqualTo(new ChangebackStateMachine.Outcome(next, actions, expected));
    assertThat(ChangebackStateMachine.allowed(state).contains(event)).isEqualTo(expected);
  }

  @Test
  void the_table_covers_every_state_and_event() {
    Set<String> rows = new HashSet<>();
    table().forEach(a -> rows.add(a.get()[0] + "/" + a.get()[1]));
    for (State s : State.values()) {
      for (Event e : EnumSet.allOf(Event.class)) {
        assertThat(rows).contains(s + "/" + e);
      }
    }
  }

  @Test
  void the_buffer_is_always_sent_before_anything_newer_and_never_left_behind() {
    for (State s : State.values()) {
      for (Event e : Event.values()) {
        ChangebackStateMachine.Outcome o = ChangebackStateMachine.handle(s, e);
        if (o.actions().contains(SEND) && o.actions().contains(SEND_BUFFER)) {
          assertThat(o.actions().indexOf(SEND_BUFFER)).isLessThan(o.actions().indexOf(SEND));
        }
        if (s == CHANGEBACK && o.next() == NORMAL) {
          assertThat(o.actions()).as(s + "/" + e).contains(SEND_BUFFER);
        }
      }
    }
  }
}
