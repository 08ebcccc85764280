package org.ss7sim.tcap.transaction;

import static org.ss7sim.tcap.transaction.DialogueState.ACTIVE;
import static org.ss7sim.tcap.transaction.DialogueState.IDLE;
import static org.ss7sim.tcap.transaction.DialogueState.INITIATION_RECEIVED;
import static org.ss7sim.tcap.transaction.DialogueState.INITIATION_SENT;

/**
 * The dialogue state machine of Q.774 §3.1.3 (transaction sublayer, figure A.2) and §3.2.2
 * (dialogue handling, figure A.5) as one table: for each state and event the next state, or {@code
 * null} where the event is not allowed.
 *
 * <pre>
 * state \ event        BEGIN_REQ  CONT_REQ  END_REQ  PRE_END  U_ABORT  BEGIN_RCV  CONT_RCV  END_RCV  ABORT_RCV  TIMEOUT
 * IDLE                 INIT_SENT  -         -        IDLE     IDLE     INIT_RCVD  -         -        -          -
 * INITIATION_SENT      -          -         -        IDLE     IDLE     -          ACTIVE    IDLE     IDLE       IDLE
 * INITIATION_RECEIVED  -          ACTIVE    IDLE     IDLE     IDLE     -          -         -        IDLE       IDLE
 * ACTIVE               -          ACTIVE    IDLE     IDLE     IDLE     -          ACTIVE    IDLE     IDLE       IDLE
 * </pre>
 *
 * A peer event that is not allowed is answered by the transaction sublayer with a P-Abort; a user
 * request that is not allowed is refused to the caller. A U-ABORT or prearranged END in idle (a
 * dialogue never begun) or initiation sent releases the dialogue locally without sending anything
 * (the peer has no transaction id for it yet); END in initiation sent is a prearranged end only
 * (Q.771 §3.2.1).
 */
public final class DialogueMachine {
  private static final DialogueState[][] TABLE = new DialogueState[DialogueState.values().length][];

  static {
    int n = DialogueEvent.values().length;
    for (DialogueState s : DialogueState.values()) {
      TABLE[s.ordinal()] = new DialogueState[n];
    }
    allow(IDLE, DialogueEvent.BEGIN_REQUEST, INITIATION_SENT);
    allow(IDLE, DialogueEvent.BEGIN_RECEIVED, INITIATION_RECEIVED);
    allow(IDLE, DialogueEvent.PREARRANGED_END_REQUEST, IDLE);
    allow(IDLE, DialogueEvent.U_ABORT_REQUEST, IDLE);

    allow(INITIATION_SENT, DialogueEvent.PREARRANGED_END_REQUEST, IDLE);
    allow(INITIATION_SENT, DialogueEvent.U_ABORT_REQUEST, IDLE);
    allow(INITIATION_SENT, DialogueEvent.CONTINUE_RECEIVED, ACTIVE);
    allow(INITIATION_SENT, DialogueEvent.END_RECEIVED, IDLE);
    allow(INITIATION_SENT, DialogueEvent.ABORT_RECEIVED, IDLE);
    allow(INITIATION_SENT, DialogueEvent.IDLE_TIMEOUT, IDLE);

    allow(INITIATION_RECEIVED, DialogueEvent.CONTINUE_REQUEST, ACTIVE);
    allow(INITIATION_RECEIVED, DialogueEvent.END_REQUEST, IDLE);
    allow(INITIATION_RECEIVED, DialogueEvent.PREARRANGED_END_REQUEST, IDLE);
    allow(INITIATION_RECEIVED, DialogueEvent.U_ABORT_REQUEST, IDLE);
    allow(INITIATION_RECEIVED, DialogueEvent.ABORT_RECEIVED, IDLE);
    allow(INITIATION_RECEIVED, DialogueEvent.IDLE_TIMEOUT, IDLE);

    allow(ACTIVE, DialogueEvent.CONTINUE_REQUEST, ACTIVE);
    allow(ACTIVE, DialogueEvent.END_REQUEST, IDLE);
    allow(ACTIVE, DialogueEvent.PREARRANGED_END_REQUEST, IDLE);
    allow(ACTIVE, DialogueEvent.U_ABORT_REQUEST, IDLE);
    allow(ACTIVE, DialogueEvent.CONTINUE_RECEIVED, ACTIVE);
    allow(ACTIVE, DialogueEvent.END_RECEIVED, IDLE);
    allow(ACTIVE, DialogueEvent.ABORT_RECEIVED, IDLE);
    allow(ACTIVE, DialogueEvent.IDLE_TIMEOUT, IDLE);
  }

  private DialogueMachine() {}

  private static void allow(DialogueState from, DialogueEvent event, DialogueState to) {
    TABLE[from.ordinal()][event.ordinal()] = to;
  }

  /** The state after {@code event} in {@code state}, or null if the event is not allowed there. */
  public static DialogueState next(DialogueState state, DialogueEvent event) {
    return TABLE[state.ordinal()][event.ordinal()];
  }

  public static boolean allowed(DialogueState state, DialogueEvent event) {
    return next(state, event) != null;
  }
}
