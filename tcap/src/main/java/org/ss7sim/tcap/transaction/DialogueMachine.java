package org.ss7sim.tcap.transaction;

import static org.ss7sim.tcap.transaction.DialogueMachine.Action.ARM_IDLE_TIMER;
import static org.ss7sim.tcap.transaction.DialogueMachine.Action.BIND_PEER_TRANSACTION;
import static org.ss7sim.tcap.transaction.DialogueMachine.Action.DISCARD;
import static org.ss7sim.tcap.transaction.DialogueMachine.Action.INDICATE_ABORT;
import static org.ss7sim.tcap.transaction.DialogueMachine.Action.INDICATE_BEGIN;
import static org.ss7sim.tcap.transaction.DialogueMachine.Action.INDICATE_CONTINUE;
import static org.ss7sim.tcap.transaction.DialogueMachine.Action.INDICATE_END;
import static org.ss7sim.tcap.transaction.DialogueMachine.Action.INDICATE_IDLE_TIMEOUT;
import static org.ss7sim.tcap.transaction.DialogueMachine.Action.INDICATE_P_ABORT;
import static org.ss7sim.tcap.transaction.DialogueMachine.Action.REFUSE;
import static org.ss7sim.tcap.transaction.DialogueMachine.Action.RELEASE;
import static org.ss7sim.tcap.transaction.DialogueMachine.Action.SEND_ABORT;
import static org.ss7sim.tcap.transaction.DialogueMachine.Action.SEND_BEGIN;
import static org.ss7sim.tcap.transaction.DialogueMachine.Action.SEND_CONTINUE;
import static org.ss7sim.tcap.transaction.DialogueMachine.Action.SEND_END;
import static org.ss7sim.tcap.transaction.DialogueMachine.Action.SEND_P_ABORT;
import static org.ss7sim.tcap.transaction.DialogueState.ACTIVE;
import static org.ss7sim.tcap.transaction.DialogueState.IDLE;
import static org.ss7sim.tcap.transaction.DialogueState.INITIATION_RECEIVED;
import static org.ss7sim.tcap.transaction.DialogueState.INITIATION_SENT;

import java.util.List;

/**
 * The transaction state machine (Q.774 §3.1.3, figure A.2) and dialogue handling (Q.774 §3.2.2,
 * figure A.5) of one dialogue, as one pure machine: both have the same four states and move
 * together here, because every TR primitive of this stack carries exactly one TC dialogue
 * primitive. {@link #handle} returns the next state and the actions the shell ({@code TcapStack})
 * carries out in order; it keeps no state of its own.
 *
 * <pre>
 * state \ event        BEGIN_REQ  CONT_REQ  END_REQ  PRE_END  U_ABORT  BEGIN_RCV  CONT_RCV  END_RCV  ABORT_RCV  TIMEOUT
 * IDLE                 INIT_SENT  -         -        IDLE     IDLE     INIT_RCVD  -         -        -          -
 * INITIATION_SENT      -          -         -        IDLE     IDLE     -          ACTIVE    IDLE     IDLE       IDLE
 * INITIATION_RECEIVED  -          ACTIVE    IDLE     IDLE     IDLE     -          -         -        IDLE       IDLE
 * ACTIVE               -          ACTIVE    IDLE     IDLE     IDLE     -          ACTIVE    IDLE     IDLE       IDLE
 * </pre>
 *
 * The table of allowed events ({@link #allowed}) drives the unexpected path, which depends on the
 * event's source: a user request is refused to the caller ({@link Action#REFUSE}); a Begin or
 * Continue the state does not allow is an incorrect transaction portion (Q.774 §3.1.4.2: P-Abort to
 * the sender, the dialogue released, TC-P-ABORT to the user); an End is discarded, never answered
 * (§3.1.4.2); an Abort and the idle timer end the dialogue in any state (there is nothing to answer
 * and the user must learn of the release).
 *
 * <p>A U-ABORT or prearranged END in idle (a dialogue never begun) or initiation sent releases the
 * dialogue locally without sending anything (the peer has no transaction id for it yet, or we have
 * none for the peer); END in initiation sent is a prearranged end only (Q.771 §3.2.1). The idle
 * timer sends an Abort only where the peer's transaction id is known.
 */
public final class DialogueMachine {
  /** What the shell does, in the order given. */
  public enum Action {
    /** TR-BEGIN: send a Begin with the queued components (and an AARQ if there is a context). */
    SEND_BEGIN,
    /** TR-CONTINUE: send a Continue (the first answer to a Begin with an AARQ carries the AARE). */
    SEND_CONTINUE,
    /** TR-END: send an End. */
    SEND_END,
    /** TR-U-ABORT: send an Abort (the shell adds the ABRT or AARE the request asked for). */
    SEND_ABORT,
    /** Send a P-Abort (incorrectTransactionPortion) to the sender of the unexpected message. */
    SEND_P_ABORT,
    /** Take the peer's transaction id and address from its first answer (§3.1.3.2). */
    BIND_PEER_TRANSACTION,
    /** (Re)start the dialogue's idle timer. */
    ARM_IDLE_TIMER,
    /** Release the transaction: its id, timers and invocations. */
    RELEASE,
    INDICATE_BEGIN,
    INDICATE_CONTINUE,
    INDICATE_END,
    /** TC-U-ABORT or TC-P-ABORT indication of the Abort received. */
    INDICATE_ABORT,
    /** TC-P-ABORT indication for a local provider abort (incorrect transaction portion). */
    INDICATE_P_ABORT,
    /** The dialogue ended by its idle timer. */
    INDICATE_IDLE_TIMEOUT,
    /** The user request is not allowed in this state: refused to the caller, nothing changes. */
    REFUSE,
    /** The received message is dropped (counted), nothing else. */
    DISCARD
  }

  /**
   * The machine's answer.
   *
   * @param next the state after the event
   * @param actions what the shell does, in order
   * @param unexpected whether the event is not allowed in the state (the unexpected path)
   */
  public record Outcome(DialogueState next, List<Action> actions, boolean unexpected) {
    public Outcome {
      actions = List.copyOf(actions);
    }
  }

  private static final Outcome[][] TABLE = new Outcome[DialogueState.values().length][];

  static {
    int n = DialogueEvent.values().length;
    for (DialogueState s : DialogueState.values()) {
      TABLE[s.ordinal()] = new Outcome[n];
    }
    allow(IDLE, DialogueEvent.BEGIN_REQUEST, INITIATION_SENT, ARM_IDLE_TIMER, SEND_BEGIN);
    allow(IDLE, DialogueEvent.PREARRANGED_END_REQUEST, IDLE, RELEASE);
    allow(IDLE, DialogueEvent.U_ABORT_REQUEST, IDLE, RELEASE);
    allow(IDLE, DialogueEvent.BEGIN_RECEIVED, INITIATION_RECEIVED, ARM_IDLE_TIMER, INDICATE_BEGIN);

    allow(INITIATION_SENT, DialogueEvent.PREARRANGED_END_REQUEST, IDLE, RELEASE);
    allow(INITIATION_SENT, DialogueEvent.U_ABORT_REQUEST, IDLE, RELEASE);
    allow(
        INITIATION_SENT,
        DialogueEvent.CONTINUE_RECEIVED,
        ACTIVE,
        BIND_PEER_TRANSACTION,
        ARM_IDLE_TIMER,
        INDICATE_CONTINUE);
    allow(INITIATION_SENT, DialogueEvent.END_RECEIVED, IDLE, RELEASE, INDICATE_END);
    allow(INITIATION_SENT, DialogueEvent.ABORT_RECEIVED, IDLE, RELEASE, INDICATE_ABORT);
    allow(INITIATION_SENT, DialogueEvent.IDLE_TIMEOUT, IDLE, RELEASE, INDICATE_IDLE_TIMEOUT);

    allow(
        INITIATION_RECEIVED, DialogueEvent.CONTINUE_REQUEST, ACTIVE, ARM_IDLE_TIMER, SEND_CONTINUE);
    allow(INITIATION_RECEIVED, DialogueEvent.END_REQUEST, IDLE, SEND_END, RELEASE);
    allow(INITIATION_RECEIVED, DialogueEvent.PREARRANGED_END_REQUEST, IDLE, RELEASE);
    allow(INITIATION_RECEIVED, DialogueEvent.U_ABORT_REQUEST, IDLE, SEND_ABORT, RELEASE);
    allow(INITIATION_RECEIVED, DialogueEvent.ABORT_RECEIVED, IDLE, RELEASE, INDICATE_ABORT);
    allow(
        INITIATION_RECEIVED,
        DialogueEvent.IDLE_TIMEOUT,
        IDLE,
        SEND_ABORT,
        RELEASE,
        INDICATE_IDLE_TIMEOUT);

    allow(ACTIVE, DialogueEvent.CONTINUE_REQUEST, ACTIVE, ARM_IDLE_TIMER, SEND_CONTINUE);
    allow(ACTIVE, DialogueEvent.END_REQUEST, IDLE, SEND_END, RELEASE);
    allow(ACTIVE, DialogueEvent.PREARRANGED_END_REQUEST, IDLE, RELEASE);
    allow(ACTIVE, DialogueEvent.U_ABORT_REQUEST, IDLE, SEND_ABORT, RELEASE);
    allow(ACTIVE, DialogueEvent.CONTINUE_RECEIVED, ACTIVE, ARM_IDLE_TIMER, INDICATE_CONTINUE);
    allow(ACTIVE, DialogueEvent.END_RECEIVED, IDLE, RELEASE, INDICATE_END);
    allow(ACTIVE, DialogueEvent.ABORT_RECEIVED, IDLE, RELEASE, INDICATE_ABORT);
    allow(ACTIVE, DialogueEvent.IDLE_TIMEOUT, IDLE, SEND_ABORT, RELEASE, INDICATE_IDLE_TIMEOUT);
  }

  private DialogueMachine() {}

  private static void allow(
      DialogueState from, DialogueEvent event, DialogueState to, Action... actions) {
    TABLE[from.ordinal()][event.ordinal()] = new Outcome(to, List.of(actions), false);
  }

  /** The next state and the actions for {@code event} in {@code state}. */
  public static Outcome handle(DialogueState state, DialogueEvent event) {
    Outcome o = TABLE[state.ordinal()][event.ordinal()];
    return o != null ? o : unexpected(state, event);
  }

  /** The unexpected path: what an event the state does not allow leads to, by its source. */
  private static Outcome unexpected(DialogueState state, DialogueEvent event) {
    return switch (event.source()) {
      case TC_USER -> new Outcome(state, List.of(REFUSE), true);
      case PEER ->
          switch (event) {
            case END_RECEIVED -> new Outcome(state, List.of(DISCARD), true);
            case ABORT_RECEIVED -> new Outcome(IDLE, List.of(RELEASE, INDICATE_ABORT), true);
            default -> new Outcome(IDLE, List.of(SEND_P_ABORT, RELEASE, INDICATE_P_ABORT), true);
          };
      case TIMER -> new Outcome(IDLE, List.of(RELEASE, INDICATE_IDLE_TIMEOUT), true);
    };
  }

  /** The state after {@code event} in {@code state}, or null if the event is not allowed there. */
  public static DialogueState next(DialogueState state, DialogueEvent event) {
    Outcome o = TABLE[state.ordinal()][event.ordinal()];
    return o == null ? null : o.next();
  }

  public static boolean allowed(DialogueState state, DialogueEvent event) {
    return TABLE[state.ordinal()][event.ordinal()] != null;
  }
}
