package org.ss7sim.tcap.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every (state, event) pair of the dialogue machine, Q.774 §3.1.3 / §3.2.2 (figures A.2, A.5). */
class DialogueMachineTest {
  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource({
    "IDLE, BEGIN_REQUEST, INITIATION_SENT",
    "IDLE, CONTINUE_REQUEST, -",
    "IDLE, END_REQUEST, -",
    "IDLE, PREARRANGED_END_REQUEST, IDLE",
    "IDLE, U_ABORT_REQUEST, IDLE",
    "IDLE, BEGIN_RECEIVED, INITIATION_RECEIVED",
    "IDLE, CONTINUE_RECEIVED, -",
    "IDLE, END_RECEIVED, -",
    "IDLE, ABORT_RECEIVED, -",
    "IDLE, IDLE_TIMEOUT, -",
    "INITIATION_SENT, BEGIN_REQUEST, -",
    "INITIATION_SENT, CONTINUE_REQUEST, -",
    "INITIATION_SENT, END_REQUEST, -",
    "INITIATION_SENT, PREARRANGED_END_REQUEST, IDLE",
    "INITIATION_SENT, U_ABORT_REQUEST, IDLE",
    "INITIATION_SENT, BEGIN_RECEIVED, -",
    "INITIATION_SENT, CONTINUE_RECEIVED, ACTIVE",
    "INITIATION_SENT, END_RECEIVED, IDLE",
    "INITIATION_SENT, ABORT_RECEIVED, IDLE",
    "INITIATION_SENT, IDLE_TIMEOUT, IDLE",
    "INITIATION_RECEIVED, BEGIN_REQUEST, -",
    "INITIATION_RECEIVED, CONTINUE_REQUEST, ACTIVE",
    "INITIATION_RECEIVED, END_REQUEST, IDLE",
    "INITIATION_RECEIVED, PREARRANGED_END_REQUEST, IDLE",
    "INITIATION_RECEIVED, U_ABORT_REQUEST, IDLE",
    "INITIATION_RECEIVED, BEGIN_RECEIVED, -",
    "INITIATION_RECEIVED, CONTINUE_RECEIVED, -",
    "INITIATION_RECEIVED, END_RECEIVED, -",
    "INITIATION_RECEIVED, ABORT_RECEIVED, IDLE",
    "INITIATION_RECEIVED, IDLE_TIMEOUT, IDLE",
    "ACTIVE, BEGIN_REQUEST, -",
    "ACTIVE, CONTINUE_REQUEST, ACTIVE",
    "ACTIVE, END_REQUEST, IDLE",
    "ACTIVE, PREARRANGED_END_REQUEST, IDLE",
    "ACTIVE, U_ABORT_REQUEST, IDLE",
    "ACTIVE, BEGIN_RECEIVED, -",
    "ACTIVE, CONTINUE_RECEIVED, ACTIVE",
    "ACTIVE, END_RECEIVED, IDLE",
    "ACTIVE, ABORT_RECEIVED, IDLE",
    "ACTIVE, IDLE_TIMEOUT, IDLE",
  })
  void transition_table(DialogueState state, DialogueEvent event, String expected) {
    DialogueState next = DialogueMachine.next(state, event);
    if (expected.equals("-")) {
      assertThat(next).isNull();
      assertThat(DialogueMachine.allowed(state, event)).isFalse();
    } else {
      assertThat(next).isEqualTo(DialogueState.valueOf(expected));
    }
  }

  @org.junit.jupiter.api.Test
  void the_table_test_covers_every_pair() {
    assertThat(DialogueState.values().length * DialogueEvent.values().length).isEqualTo(40);
  }
}
