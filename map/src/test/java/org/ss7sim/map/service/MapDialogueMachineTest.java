package org.ss7sim.map.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.map.service.MapDialogueMachine.Action;
import org.ss7sim.map.service.MapDialogueMachine.Event;
import org.ss7sim.map.service.MapDialogueMachine.State;

/**
 * One row per (state, event) of the MAP dialogue machine: TS 29.002 §15.2 (establishment, MAP_DSM
 * figure 15.6/3), §15.4.2 (empty TC-BEGIN), §14.2.2 (version fallback), §16.1 (mapping on TC).
 */
class MapDialogueMachineTest {
  static final String[] ROWS = {
    // state | event | next | actions ("-" none) | unexpected | spec
    "IDLE|DELIMITER|DIALOGUE_INITIATED|REMEMBER_BEGIN_REQUESTS PUSH_INVOKES TC_BEGIN|false|§15.2.1 MAP-OPEN + DELIMITER",
    "IDLE|DELIMITER_HOLDING_INVOKES|AWAITING_ACCEPT|REMEMBER_BEGIN_REQUESTS TC_BEGIN|false|§15.4.2 empty TC-BEGIN",
    "IDLE|CLOSE|IDLE|REFUSE|true|not open yet: abort instead",
    "IDLE|U_ABORT|CLOSED|TC_U_ABORT FAIL_PENDING|false|MAP-U-ABORT",
    "IDLE|TC_CONTINUE|IDLE|-|true|cannot happen: never begun",
    "IDLE|TC_END|IDLE|-|true|cannot happen: never begun",
    "IDLE|TC_ABORT|CLOSED|FAIL_PENDING INDICATE_ABORT|false|TCAP idle timer",
    "IDLE|TC_ABORT_FALLBACK|CLOSED|FAIL_PENDING INDICATE_ABORT|true|no fallback: an abort",
    "DIALOGUE_INITIATED|DELIMITER|DIALOGUE_INITIATED|REFUSE|true|wait for the peer's answer",
    "DIALOGUE_INITIATED|DELIMITER_HOLDING_INVOKES|DIALOGUE_INITIATED|REFUSE|true|wait for the answer",
    "DIALOGUE_INITIATED|CLOSE|DIALOGUE_INITIATED|REFUSE|true|TC refuses END in initiation sent",
    "DIALOGUE_INITIATED|U_ABORT|CLOSED|TC_U_ABORT FAIL_PENDING|false|MAP-U-ABORT",
    "DIALOGUE_INITIATED|TC_CONTINUE|DIALOGUE_ESTABLISHED|PROCESS_COMPONENTS|false|§15.2.1 first TC-CONTINUE",
    "DIALOGUE_INITIATED|TC_END|CLOSED|PROCESS_COMPONENTS FAIL_PENDING INDICATE_CLOSE|false|§15.2.1 sheet 3",
    "DIALOGUE_INITIATED|TC_ABORT|CLOSED|FAIL_PENDING INDICATE_ABORT|false|§15.2.1 sheet 4",
    "DIALOGUE_INITIATED|TC_ABORT_FALLBACK|IDLE|RESTART_AT_LOWER_VERSION|false|§14.2.2",
    "AWAITING_ACCEPT|DELIMITER|AWAITING_ACCEPT|-|false|§15.4.2 invokes wait for the accept",
    "AWAITING_ACCEPT|DELIMITER_HOLDING_INVOKES|AWAITING_ACCEPT|-|false|§15.4.2",
    "AWAITING_ACCEPT|CLOSE|AWAITING_ACCEPT|REFUSE|true|not open yet: abort instead",
    "AWAITING_ACCEPT|U_ABORT|CLOSED|TC_U_ABORT FAIL_PENDING|false|MAP-U-ABORT",
    "AWAITING_ACCEPT|TC_CONTINUE|DIALOGUE_ESTABLISHED|PUSH_INVOKES TC_CONTINUE PROCESS_COMPONENTS|false|§15.4.2",
    "AWAITING_ACCEPT|TC_END|CLOSED|PROCESS_COMPONENTS FAIL_PENDING INDICATE_CLOSE|false|§15.2.1",
    "AWAITING_ACCEPT|TC_ABORT|CLOSED|FAIL_PENDING INDICATE_ABORT|false|§15.2.1",
    "AWAITING_ACCEPT|TC_ABORT_FALLBACK|IDLE|RESTART_AT_LOWER_VERSION|false|§14.2.2",
    "DIALOGUE_ESTABLISHED|DELIMITER|DIALOGUE_ESTABLISHED|PUSH_INVOKES TC_CONTINUE|false|§15.3",
    "DIALOGUE_ESTABLISHED|DELIMITER_HOLDING_INVOKES|DIALOGUE_ESTABLISHED|PUSH_INVOKES TC_CONTINUE|false|§15.3",
    "DIALOGUE_ESTABLISHED|CLOSE|CLOSED|PUSH_INVOKES TC_END FAIL_PENDING|false|§16.1.2.5",
    "DIALOGUE_ESTABLISHED|U_ABORT|CLOSED|TC_U_ABORT FAIL_PENDING|false|MAP-U-ABORT",
    "DIALOGUE_ESTABLISHED|TC_CONTINUE|DIALOGUE_ESTABLISHED|PROCESS_COMPONENTS|false|§15.3",
    "DIALOGUE_ESTABLISHED|TC_END|CLOSED|PROCESS_COMPONENTS FAIL_PENDING INDICATE_CLOSE|false|MAP-CLOSE ind",
    "DIALOGUE_ESTABLISHED|TC_ABORT|CLOSED|FAIL_PENDING INDICATE_ABORT|false|MAP-U/P-ABORT ind",
    "DIALOGUE_ESTABLISHED|TC_ABORT_FALLBACK|CLOSED|FAIL_PENDING INDICATE_ABORT|true|answered: no fallback",
    "CLOSED|DELIMITER|CLOSED|REFUSE|true|closed",
    "CLOSED|DELIMITER_HOLDING_INVOKES|CLOSED|REFUSE|true|closed",
    "CLOSED|CLOSE|CLOSED|REFUSE|true|closed",
    "CLOSED|U_ABORT|CLOSED|-|false|abort of a closed dialogue does nothing",
    "CLOSED|TC_CONTINUE|CLOSED|-|true|ignored",
    "CLOSED|TC_END|CLOSED|-|true|ignored",
    "CLOSED|TC_ABORT|CLOSED|-|true|ignored",
    "CLOSED|TC_ABORT_FALLBACK|CLOSED|-|true|ignored",
  };

  static String[] rows() {
    return ROWS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void each_state_and_event_gives_the_29_002_outcome(String row) {
    String[] f = row.split("\\|");
    List<Action> actions =
        f[3].equals("-") ? List.of() : Arrays.stream(f[3].split(" ")).map(Action::valueOf).toList();
    assertThat(MapDialogueMachine.handle(State.valueOf(f[0]), Event.valueOf(f[1])))
        .as(f[5])
        .isEqualTo(
            new MapDialogueMachine.Outcome(
                State.valueOf(f[2]), actions, Boolean.parseBoolean(f[4])));
  }

  @Test
  void the_table_covers_every_state_and_event_and_agrees_with_allowed() {
    Set<String> seen = new HashSet<>();
    for (String row : ROWS) {
      String[] f = row.split("\\|");
      seen.add(f[0] + "/" + f[1]);
      assertThat(MapDialogueMachine.allowed(State.valueOf(f[0]), Event.valueOf(f[1])))
          .as(row)
          .isEqualTo(!Boolean.parseBoolean(f[4]));
    }
    for (State s : State.values()) {
      for (Event e : Event.values()) {
        assertThat(seen).contains(s + "/" + e);
      }
    }
  }
}
