package org.ss7sim.inap.ssf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (state, event) pair of the SSF relationship machine (Q.1214 §4.2.1.2 as reduced in {@link
 * SsfMachine}): the expected next state, or null for an event the state does not accept.
 */
class SsfMachineTest {
  static final SsfState W = SsfState.WAITING_FOR_INSTRUCTIONS;
  static final SsfState M = SsfState.MONITORING;
  static final SsfState E = SsfState.ENDED;

  static Stream<Arguments> table() {
    Object[][] rows = {
      // state, event, next
      {W, SsfEvent.INSTRUCTION, E},
      {W, SsfEvent.INSTRUCTION_WITH_MONITORING, M},
      {W, SsfEvent.ARMING_ONLY, W},
      {W, SsfEvent.FAILURE, E},
      {W, SsfEvent.RELEASE_DURING_CALL, null},
      {W, SsfEvent.EVENT_REPORTED, null},
      {W, SsfEvent.LAST_EVENT_REPORTED, null},
      {W, SsfEvent.CLOSE, E},
      {W, SsfEvent.TSSF_EXPIRED, E},
      {M, SsfEvent.INSTRUCTION, null},
      {M, SsfEvent.INSTRUCTION_WITH_MONITORING, null},
      {M, SsfEvent.ARMING_ONLY, M},
      {M, SsfEvent.FAILURE, E},
      {M, SsfEvent.RELEASE_DURING_CALL, E},
      {M, SsfEvent.EVENT_REPORTED, M},
      {M, SsfEvent.LAST_EVENT_REPORTED, E},
      {M, SsfEvent.CLOSE, E},
      {M, SsfEvent.TSSF_EXPIRED, null},
    };
    List<Arguments> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(Arguments.of(r));
    }
    for (SsfEvent e : SsfEvent.values()) {
      out.add(Arguments.of(E, e, null));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @MethodSource("table")
  void transition(SsfState state, SsfEvent event, SsfState next) {
    assertThat(SsfMachine.next(state, event)).isEqualTo(next);
    assertThat(SsfMachine.allowed(state).contains(event)).isEqualTo(next != null);
  }

  @org.junit.jupiter.api.Test
  void the_table_test_covers_every_pair() {
    assertThat(table().count())
        .isEqualTo((long) SsfState.values().length * SsfEvent.values().length);
  }
}
