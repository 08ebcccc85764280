package org.ss7sim.isup.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.isup.circuit.BlockingStateMachine.Action.START_BLOCKING;
import static org.ss7sim.isup.circuit.BlockingStateMachine.Action.START_UNBLOCKING;
import static org.ss7sim.isup.circuit.BlockingStateMachine.Action.STOP_PROCEDURE;
import static org.ss7sim.isup.circuit.BlockingStateMachine.Event.BLOCK;
import static org.ss7sim.isup.circuit.BlockingStateMachine.Event.BLOCKING_ACKNOWLEDGED;
import static org.ss7sim.isup.circuit.BlockingStateMachine.Event.GROUP_BLOCKING_ACKNOWLEDGED;
import static org.ss7sim.isup.circuit.BlockingStateMachine.Event.GROUP_UNBLOCKING_ACKNOWLEDGED;
import static org.ss7sim.isup.circuit.BlockingStateMachine.Event.PROCEDURE_RESUMED;
import static org.ss7sim.isup.circuit.BlockingStateMachine.Event.RESET_RECEIVED;
import static org.ss7sim.isup.circuit.BlockingStateMachine.Event.UNBLOCK;
import static org.ss7sim.isup.circuit.BlockingStateMachine.Event.UNBLOCKING_ACKNOWLEDGED;
import static org.ss7sim.isup.circuit.Circuit.LocalBlocking.BLOCKED;
import static org.ss7sim.isup.circuit.Circuit.LocalBlocking.BLOCKING;
import static org.ss7sim.isup.circuit.Circuit.LocalBlocking.UNBLOCKED;
import static org.ss7sim.isup.circuit.Circuit.LocalBlocking.UNBLOCKING;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.isup.circuit.BlockingStateMachine.Action;
import org.ss7sim.isup.circuit.BlockingStateMachine.Event;
import org.ss7sim.isup.circuit.Circuit.LocalBlocking;

/**
 * One row per (state, event) of this end's maintenance blocking (Q.764 §2.8.2.1, the per-circuit
 * effect of §2.8.2.2 and §2.10.3.1); null next = unexpected (discarded and counted).
 */
class BlockingStateMachineTest {
  static Stream<Arguments> table() {
    List<Action> none = List.of();
    List<Action> blo = List.of(START_BLOCKING);
    List<Action> ubl = List.of(START_UNBLOCKING);
    List<Action> stop = List.of(STOP_PROCEDURE);
    return Stream.of(
        // state, event, next, actions, spec
        Arguments.of(UNBLOCKED, BLOCK, BLOCKING, blo, "§2.8.2.1 BLO, T12/T13"),
        Arguments.of(UNBLOCKED, UNBLOCK, UNBLOCKED, none, "nothing to unblock"),
        Arguments.of(UNBLOCKED, BLOCKING_ACKNOWLEDGED, null, none, "§2.9.5 BLA without BLO"),
        Arguments.of(UNBLOCKED, UNBLOCKING_ACKNOWLEDGED, null, none, "§2.9.5 UBA without UBL"),
        Arguments.of(UNBLOCKED, GROUP_BLOCKING_ACKNOWLEDGED, BLOCKED, stop, "§2.8.2.2 CGBA"),
        Arguments.of(UNBLOCKED, GROUP_UNBLOCKING_ACKNOWLEDGED, UNBLOCKED, stop, "§2.8.2.2 CGUA"),
        Arguments.of(UNBLOCKED, RESET_RECEIVED, UNBLOCKED, none, "§2.10.3.1 nothing to repeat"),
        Arguments.of(UNBLOCKED, PROCEDURE_RESUMED, UNBLOCKED, none, "§2.10.3 nothing to resume"),
        Arguments.of(BLOCKING, BLOCK, BLOCKING, none, "BLO already running"),
        Arguments.of(BLOCKING, UNBLOCK, UNBLOCKING, ubl, "§2.8.2.1 UBL, T14/T15"),
        Arguments.of(BLOCKING, BLOCKING_ACKNOWLEDGED, BLOCKED, stop, "§2.8.2.1 BLA stops T12/T13"),
        Arguments.of(BLOCKING, UNBLOCKING_ACKNOWLEDGED, null, none, "§2.9.5"),
        Arguments.of(BLOCKING, GROUP_BLOCKING_ACKNOWLEDGED, BLOCKED, stop, "§2.8.2.2"),
        Arguments.of(BLOCKING, GROUP_UNBLOCKING_ACKNOWLEDGED, UNBLOCKED, stop, "§2.8.2.2"),
        Arguments.of(BLOCKING, RESET_RECEIVED, BLOCKING, none, "§2.10.3.1 BLO still running"),
        Arguments.of(BLOCKING, PROCEDURE_RESUMED, BLOCKING, blo, "§2.10.3 BLO again"),
        Arguments.of(BLOCKED, BLOCK, BLOCKED, none, "already blocked"),
        Arguments.of(BLOCKED, UNBLOCK, UNBLOCKING, ubl, "§2.8.2.1 UBL"),
        Arguments.of(BLOCKED, BLOCKING_ACKNOWLEDGED, null, none, "§2.9.5"),
        Arguments.of(BLOCKED, UNBLOCKING_ACKNOWLEDGED, null, none, "§2.9.5"),
        Arguments.of(BLOCKED, GROUP_BLOCKING_ACKNOWLEDGED, BLOCKED, stop, "§2.8.2.2"),
        Arguments.of(BLOCKED, GROUP_UNBLOCKING_ACKNOWLEDGED, UNBLOCKED, stop, "§2.8.2.2"),
        Arguments.of(BLOCKED, RESET_RECEIVED, BLOCKING, blo, "§2.10.3.1 c BLO repeated"),
        Arguments.of(BLOCKED, PROCEDURE_RESUMED, BLOCKED, none, "nothing in progress"),
        Arguments.of(UNBLOCKING, BLOCK, BLOCKING, blo, "§2.8.2.1 BLO"),
        Arguments.of(UNBLOCKING, UNBLOCK, UNBLOCKING, none, "UBL already running"),
        Arguments.of(UNBLOCKING, BLOCKING_ACKNOWLEDGED, null, none, "§2.9.5"),
        Arguments.of(UNBLOCKING, UNBLOCKING_ACKNOWLEDGED, UNBLOCKED, stop, "§2.8.2.1 UBA"),
        Arguments.of(UNBLOCKING, GROUP_BLOCKING_ACKNOWLEDGED, BLOCKED, stop, "§2.8.2.2"),
        Arguments.of(UNBLOCKING, GROUP_UNBLOCKING_ACKNOWLEDGED, UNBLOCKED, stop, "§2.8.2.2"),
        Arguments.of(UNBLOCKING, RESET_RECEIVED, UNBLOCKING, none, "UBL still running"),
        Arguments.of(UNBLOCKING, PROCEDURE_RESUMED, UNBLOCKING, ubl, "§2.10.3 UBL again"));
  }

  @ParameterizedTest(name = "{0} + {1} -> {2} {3} ({4})")
  @MethodSource("table")
  void each_state_and_event_gives_the_q764_outcome(
      LocalBlocking state, Event event, LocalBlocking next, List<Action> actions, String spec) {
    BlockingStateMachine.Outcome expected =
        next == null
            ? new BlockingStateMachine.Outcome(state, List.of(), false)
            : new BlockingStateMachine.Outcome(next, actions, true);
    assertThat(BlockingStateMachine.handle(state, event)).isEqualTo(expected);
    assertThat(BlockingStateMachine.allowed(state).contains(event)).isEqualTo(next != null);
  }

  @Test
  void the_table_covers_every_state_and_event() {
    Set<String> rows = new HashSet<>();
    table().forEach(a -> rows.add(a.get()[0] + "/" + a.get()[1]));
    for (LocalBlocking s : LocalBlocking.values()) {
      for (Event e : Event.values()) {
        assertThat(rows).contains(s + "/" + e);
      }
    }
  }
}
