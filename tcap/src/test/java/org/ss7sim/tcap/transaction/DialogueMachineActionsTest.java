package org.ss7sim.tcap.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ss7sim.tcap.transaction.DialogueMachine.Action;

/**
 * One row per (state, event) of {@link DialogueMachine#handle}: next state, the actions in order,
 * and whether the event took the unexpected path. Q.774 §3.1.3 / figure A.2 (transaction sublayer),
 * §3.2.2 / figure A.5 (dialogue handling), §3.1.4.2 (incorrect transaction portion), Q.771 §3.2.1
 * (prearranged end).
 */
class DialogueMachineActionsTest {
  static final String[] ROWS = {
    // state | event | next | actions | unexpected | spec
    "IDLE|BEGIN_REQUEST|INITIATION_SENT|ARM_IDLE_TIMER SEND_BEGIN|false|A.5 TC-BEGIN req",
    "IDLE|CONTINUE_REQUEST|IDLE|REFUSE|true|A.5 not allowed",
    "IDLE|END_REQUEST|IDLE|REFUSE|true|A.5 not allowed",
    "IDLE|PREARRANGED_END_REQUEST|IDLE|RELEASE|false|Q.771 §3.2.1 local release",
    "IDLE|U_ABORT_REQUEST|IDLE|RELEASE|false|A.5 local release, peer knows nothing",
    "IDLE|BEGIN_RECEIVED|INITIATION_RECEIVED|ARM_IDLE_TIMER INDICATE_BEGIN|false|A.2 TR-BEGIN ind",
    "IDLE|CONTINUE_RECEIVED|IDLE|SEND_P_ABORT RELEASE INDICATE_P_ABORT|true|§3.1.4.2",
    "IDLE|END_RECEIVED|IDLE|DISCARD|true|§3.1.4.2 End never answered",
    "IDLE|ABORT_RECEIVED|IDLE|RELEASE INDICATE_ABORT|true|abort ends any state",
    "IDLE|IDLE_TIMEOUT|IDLE|RELEASE INDICATE_IDLE_TIMEOUT|true|never begun: local release",
    "INITIATION_SENT|BEGIN_REQUEST|INITIATION_SENT|REFUSE|true|A.5 not allowed",
    "INITIATION_SENT|CONTINUE_REQUEST|INITIATION_SENT|REFUSE|true|A.5 not allowed",
    "INITIATION_SENT|END_REQUEST|INITIATION_SENT|REFUSE|true|Q.771 §3.2.1 prearranged only",
    "INITIATION_SENT|PREARRANGED_END_REQUEST|IDLE|RELEASE|false|Q.771 §3.2.1",
    "INITIATION_SENT|U_ABORT_REQUEST|IDLE|RELEASE|false|A.5 peer tid unknown: local",
    "INITIATION_SENT|BEGIN_RECEIVED|IDLE|SEND_P_ABORT RELEASE INDICATE_P_ABORT|true|§3.1.4.2",
    "INITIATION_SENT|CONTINUE_RECEIVED|ACTIVE|BIND_PEER_TRANSACTION ARM_IDLE_TIMER INDICATE_CONTINUE|false|A.2 §3.1.3.2",
    "INITIATION_SENT|END_RECEIVED|IDLE|RELEASE INDICATE_END|false|A.2 TR-END ind",
    "INITIATION_SENT|ABORT_RECEIVED|IDLE|RELEASE INDICATE_ABORT|false|A.2 TR-U/P-ABORT ind",
    "INITIATION_SENT|IDLE_TIMEOUT|IDLE|RELEASE INDICATE_IDLE_TIMEOUT|false|peer tid unknown",
    "INITIATION_RECEIVED|BEGIN_REQUEST|INITIATION_RECEIVED|REFUSE|true|A.5 not allowed",
    "INITIATION_RECEIVED|CONTINUE_REQUEST|ACTIVE|ARM_IDLE_TIMER SEND_CONTINUE|false|A.5",
    "INITIATION_RECEIVED|END_REQUEST|IDLE|SEND_END RELEASE|false|A.5",
    "INITIATION_RECEIVED|PREARRANGED_END_REQUEST|IDLE|RELEASE|false|Q.771 §3.2.1",
    "INITIATION_RECEIVED|U_ABORT_REQUEST|IDLE|SEND_ABORT RELEASE|false|A.5",
    "INITIATION_RECEIVED|BEGIN_RECEIVED|IDLE|SEND_P_ABORT RELEASE INDICATE_P_ABORT|true|§3.1.4.2",
    "INITIATION_RECEIVED|CONTINUE_RECEIVED|IDLE|SEND_P_ABORT RELEASE INDICATE_P_ABORT|true|§3.1.4.2",
    "INITIATION_RECEIVED|END_RECEIVED|INITIATION_RECEIVED|DISCARD|true|§3.1.4.2",
    "INITIATION_RECEIVED|ABORT_RECEIVED|IDLE|RELEASE INDICATE_ABORT|false|A.2",
    "INITIATION_RECEIVED|IDLE_TIMEOUT|IDLE|SEND_ABORT RELEASE INDICATE_IDLE_TIMEOUT|false|idle timer",
    "ACTIVE|BEGIN_REQUEST|ACTIVE|REFUSE|true|A.5 not allowed",
    "ACTIVE|CONTINUE_REQUEST|ACTIVE|ARM_IDLE_TIMER SEND_CONTINUE|false|A.5",
    "ACTIVE|END_REQUEST|IDLE|SEND_END RELEASE|false|A.5",
    "ACTIVE|PREARRANGED_END_REQUEST|IDLE|RELEASE|false|Q.771 §3.2.1",
    "ACTIVE|U_ABORT_REQUEST|IDLE|SEND_ABORT RELEASE|false|A.5",
    "ACTIVE|BEGIN_RECEIVED|IDLE|SEND_P_ABORT RELEASE INDICATE_P_ABORT|true|§3.1.4.2",
    "ACTIVE|CONTINUE_RECEIVED|ACTIVE|ARM_IDLE_TIMER INDICATE_CONTINUE|false|A.2",
    "ACTIVE|END_RECEIVED|IDLE|RELEASE INDICATE_END|false|A.2",
    "ACTIVE|ABORT_RECEIVED|IDLE|RELEASE INDICATE_ABORT|false|A.2",
    "ACTIVE|IDLE_TIMEOUT|IDLE|SEND_ABORT RELEASE INDICATE_IDLE_TIMEOUT|false|idle timer",
  };

  static String[] rows() {
    return ROWS;
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("rows")
  void each_state_and_event_gives_the_q774_outcome(String row) {
    String[] f = row.split("\\|");
    DialogueMachine.Outcome o =
        DialogueMachine.handle(DialogueState.valueOf(f[0]), DialogueEvent.valueOf(f[1]));
    List<Action> actions = Arrays.stream(f[3].split(" ")).map(Action::valueOf).toList();
    assertThat(o)
        .as(f[5])
        .isEqualTo(
            new DialogueMachine.Outcome(
                DialogueState.valueOf(f[2]), actions, Boolean.parseBoolean(f[4])));
  }

  @ParameterizedTest(name = "{0} is a user event, so never acted on when not allowed")
  @CsvSource({"BEGIN_REQUEST", "CONTINUE_REQUEST", "END_REQUEST"})
  void a_refused_request_leaves_the_state_alone(DialogueEvent event) {
    for (DialogueState s : DialogueState.values()) {
      DialogueMachine.Outcome o = DialogueMachine.handle(s, event);
      if (o.unexpected()) {
        assertThat(o.next()).isEqualTo(s);
        assertThat(o.actions()).containsExactly(Action.REFUSE);
      }
    }
  }

  @Test
  void the_table_covers_every_state_and_event_and_agrees_with_allowed() {
    Set<String> seen = new HashSet<>();
    for (String row : ROWS) {
      String[] f = row.split("\\|");
      seen.add(f[0] + "/" + f[1]);
      assertThat(DialogueMachine.allowed(DialogueState.valueOf(f[0]), DialogueEvent.valueOf(f[1])))
          .as(row)
          .isEqualTo(!Boolean.parseBoolean(f[4]));
    }
    for (DialogueState s : DialogueState.values()) {
      for (DialogueEvent e : DialogueEvent.values()) {
        assertThat(seen).contains(s + "/" + e);
      }
    }
  }
}
