package org.ss7sim.m3ua.asp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.m3ua.asp.AspState.ASP_ACTIVE;
import static org.ss7sim.m3ua.asp.AspState.ASP_DOWN;
import static org.ss7sim.m3ua.asp.AspState.ASP_INACTIVE;
import static org.ss7sim.m3ua.asp.AspStateMachine.Event.ASP_UP;
import static org.ss7sim.m3ua.asp.AspStateMachine.Event.COMM_DOWN;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.m3ua.asp.AspStateMachine.Event;
import org.ss7sim.m3ua.message.ErrorCode;

/** One row per (state, event) of RFC 4666 §4.3.1 Figure 3 and §4.3.4.1–§4.3.4.4. */
class AspStateMachineTest {
  static Stream<Arguments> table() {
    ErrorCode unexpected = ErrorCode.UNEXPECTED_MESSAGE;
    return Stream.of(
        // state, event, next, ack, error, spec
        Arguments.of(ASP_DOWN, ASP_UP, ASP_INACTIVE, true, null, "§4.3.4.1"),
        Arguments.of(ASP_DOWN, Event.ASP_DOWN, ASP_DOWN, true, null, "§4.3.4.2"),
        Arguments.of(ASP_DOWN, Event.ASP_ACTIVE, ASP_DOWN, false, unexpected, "§4.3.4.3"),
        Arguments.of(ASP_DOWN, Event.ASP_INACTIVE, ASP_DOWN, false, unexpected, "§4.3.4.4"),
        Arguments.of(ASP_DOWN, COMM_DOWN, ASP_DOWN, false, null, "§4.3.1"),
        Arguments.of(ASP_INACTIVE, ASP_UP, ASP_INACTIVE, true, null, "§4.3.4.1 duplicate"),
        Arguments.of(ASP_INACTIVE, Event.ASP_DOWN, ASP_DOWN, true, null, "§4.3.4.2"),
        Arguments.of(ASP_INACTIVE, Event.ASP_ACTIVE, ASP_ACTIVE, true, null, "§4.3.4.3"),
        Arguments.of(
            ASP_INACTIVE, Event.ASP_INACTIVE, ASP_INACTIVE, true, null, "§4.3.4.4 duplicate"),
        Arguments.of(ASP_INACTIVE, COMM_DOWN, ASP_DOWN, false, null, "§4.3.1"),
        Arguments.of(
            ASP_ACTIVE, ASP_UP, ASP_INACTIVE, true, unexpected, "§4.3.4.1 ASP Up while active"),
        Arguments.of(ASP_ACTIVE, Event.ASP_DOWN, ASP_DOWN, true, null, "§4.3.4.2"),
        Arguments.of(ASP_ACTIVE, Event.ASP_ACTIVE, ASP_ACTIVE, true, null, "§4.3.4.3 duplicate"),
        Arguments.of(ASP_ACTIVE, Event.ASP_INACTIVE, ASP_INACTIVE, true, null, "§4.3.4.4"),
        Arguments.of(ASP_ACTIVE, COMM_DOWN, ASP_DOWN, false, null, "§4.3.1"));
  }

  @ParameterizedTest(name = "{0} + {1} -> {2} ({5})")
  @MethodSource("table")
  void each_state_and_event_gives_the_rfc_outcome(
      AspState state, Event event, AspState next, boolean ack, ErrorCode error, String spec) {
    assertThat(AspStateMachine.handle(state, event))
        .isEqualTo(new AspStateMachine.Outcome(next, ack, error));
  }

  @Test
  void the_table_covers_every_state_and_event() {
    Set<String> rows = new java.util.HashSet<>();
    table().forEach(a -> rows.add(a.get()[0] + "/" + a.get()[1]));
    for (AspState s : AspState.values()) {
      for (Event e : EnumSet.allOf(Event.class)) {
        assertThat(rows).contains(s + "/" + e);
      }
    }
  }
}
