package org.ss7sim.isup.call;

import static org.ss7sim.isup.call.CallAction.*;
import static org.ss7sim.isup.call.CallEvent.*;
import static org.ss7sim.isup.call.CallState.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ss7sim.isup.parameter.CauseValue;

/**
 * The call state machine of one circuit (Q.764 §2.1–§2.3, §2.9.1.4, §2.10.2; after the SDL of Q.764
 * Annex C/D, reduced to what ISUP signals). Pure: {@link #handle} returns the next state and the
 * actions to carry out, and {@link CallProcessing} carries them out. The declared table of allowed
 * events per state drives both the unexpected path (an event missing from a state's row is
 * discarded and counted, Q.764 §2.9.5) and {@code CallStateMachineTest}.
 */
public final class CallStateMachine {
  /**
   * What to do.
   *
   * @param next the state after the event (the same state when unexpected)
   * @param actions in order
   * @param expected false when the event is not allowed in the state
   */
  public record Outcome(CallState next, List<CallAction> actions, boolean expected) {
    public Outcome {
      actions = List.copyOf(actions);
    }

    static Outcome unexpected(CallState state) {
      return new Outcome(state, List.of(), false);
    }
  }

  private static final Map<CallState, EnumMap<CallEvent, Outcome>> TABLE =
      new EnumMap<>(CallState.class);

  private static final List<CallAction> RELEASE_TOLD =
      List.of(STOP_TIMERS, START_T1_T5, INDICATE_RELEASE, SEND_REL);
  private static final List<CallAction> RELEASE_UNTOLD =
      List.of(STOP_TIMERS, START_T1_T5, SEND_REL);

  static {
    for (CallState s : CallState.values()) {
      TABLE.put(s, new EnumMap<>(CallEvent.class));
    }
    // Q.764 §2.1.1 outgoing set-up; §2.1.2, §2.1.8 incoming set-up.
    row(IDLE, USER_SETUP, AWAITING_ADDRESS_COMPLETE, START_T7, SEND_IAM);
    row(IDLE, NO_CIRCUIT, IDLE, INDICATE_RELEASE, FINISH);
    row(IDLE, PEER_IAM, PRESENTED, INDICATE_INCOMING);
    row(IDLE, PEER_IAM_INCOMPLETE, COLLECTING_ADDRESS, INDICATE_INCOMING);
    row(IDLE, PEER_IAM_CONTINUITY_CHECK, AWAITING_CONTINUITY, START_T8);
    // §2.8.2.3: the user never hears of a call refused on a circuit this end blocks.
    row(IDLE, PEER_IAM_ON_BLOCKED_CIRCUIT, RELEASE_SENT, START_T1_T5, SEND_REL);

    // Outgoing, awaiting ACM (T7): §2.1.2.1 SAM, §2.1.4 ACM/CON, §2.1.5 CPG, §2.1.6 INR.
    row(AWAITING_ADDRESS_COMPLETE, USER_MORE_DIGITS, AWAITING_ADDRESS_COMPLETE, START_T7, SEND_SAM);
    row(
        AWAITING_ADDRESS_COMPLETE,
        PEER_ACM,
        AWAITING_ANSWER,
        MARK_ALERTING,
        START_T9,
        INDICATE_ALERTING);
    row(
        AWAITING_ADDRESS_COMPLETE,
        PEER_CON,
        ANSWERED,
        STOP_CALL_TIMER,
        MARK_ANSWER,
        INDICATE_ANSWER);
    row(
        AWAITING_ADDRESS_COMPLETE,
        PEER_ANM,
        ANSWERED,
        STOP_CALL_TIMER,
        MARK_ANSWER,
        INDICATE_ANSWER);
    row(AWAITING_ADDRESS_COMPLETE, PEER_CPG, AWAITING_ADDRESS_COMPLETE, INDICATE_PROGRESS);
    row(
        AWAITING_ADDRESS_COMPLETE,
        PEER_CPG_ALERTING,
        AWAITING_ADDRESS_COMPLETE,
        MARK_ALERTING,
        INDICATE_ALERTING);
    row(AWAITING_ADDRESS_COMPLETE, PEER_INR, AWAITING_ADDRESS_COMPLETE, SEND_INF);
    rows(AWAITING_ADDRESS_COMPLETE, T7_EXPIRY, RELEASE_SENT, RELEASE_TOLD);
    // §2.9.1.4 b: the call leaves the circuit; call processing repeats it on another one.
    row(AWAITING_ADDRESS_COMPLETE, GLARE_LOST, IDLE, STOP_TIMERS, LEAVE_CIRCUIT);

    // Outgoing, awaiting answer (T9): §2.1.7.
    row(AWAITING_ANSWER, PEER_CPG, AWAITING_ANSWER, INDICATE_PROGRESS);
    row(AWAITING_ANSWER, PEER_ANM, ANSWERED, STOP_CALL_TIMER, MARK_ANSWER, INDICATE_ANSWER);
    row(AWAITING_ANSWER, PEER_INR, AWAITING_ANSWER, SEND_INF);
    rows(AWAITING_ANSWER, T9_EXPIRY, RELEASE_SENT, RELEASE_TOLD);

    // Incoming, continuity check (T8): §2.1.8.
    row(AWAITING_CONTINUITY, PEER_COT_SUCCESS, PRESENTED, STOP_CALL_TIMER, INDICATE_INCOMING);
    row(
        AWAITING_CONTINUITY,
        PEER_COT_SUCCESS_INCOMPLETE,
        COLLECTING_ADDRESS,
        STOP_CALL_TIMER,
        INDICATE_INCOMING);
    rows(AWAITING_CONTINUITY, PEER_COT_FAILURE, RELEASE_SENT, RELEASE_UNTOLD);
    rows(AWAITING_CONTINUITY, T8_EXPIRY, RELEASE_SENT, RELEASE_UNTOLD);

    // Incoming, overlap: §2.1.2.2.
    row(COLLECTING_ADDRESS, PEER_SAM, COLLECTING_ADDRESS, INDICATE_MORE_DIGITS);
    row(COLLECTING_ADDRESS, PEER_SAM_LAST, PRESENTED, INDICATE_MORE_DIGITS);

    // Incoming, presented and alerting: §2.1.4 ACM or CON, §2.1.7 ANM.
    for (CallState s : new CallState[] {COLLECTING_ADDRESS, PRESENTED}) {
      row(s, USER_ALERT, ALERTING, MARK_ALERTING, SEND_ACM);
      row(s, USER_ANSWER, ANSWERED, MARK_ANSWER, SEND_CON);
    }
    row(ALERTING, USER_ANSWER, ANSWERED, MARK_ANSWER, SEND_ANM);
    // §2.1.5 CPG, §2.1.6 INR/INF with T33.
    for (CallState s : new CallState[] {COLLECTING_ADDRESS, PRESENTED, ALERTING}) {
      row(s, USER_INFORMATION_REQUEST, s, START_T33, SEND_INR);
      row(s, USER_PROGRESS, s, SEND_CPG);
      row(s, PEER_INF, s, STOP_T33);
      rows(s, T33_EXPIRY, RELEASE_SENT, RELEASE_TOLD);
    }

    // Answered: §2.5 SUS/RES (no timers run here), late INF.
    row(ANSWERED, PEER_SUS, ANSWERED);
    row(ANSWERED, PEER_RES, ANSWERED);
    row(ANSWERED, PEER_INF, ANSWERED, STOP_T33);

    // Release from either side in every busy state (§2.3.1), circuit clearing (§2.10.3, §2.13).
    for (CallState s : CallState.values()) {
      if (s == IDLE || s == RELEASE_SENT) {
        continue;
      }
      boolean told = s != AWAITING_CONTINUITY;
      rows(s, USER_RELEASE, RELEASE_SENT, told ? RELEASE_TOLD : RELEASE_UNTOLD);
      rows(s, LOCAL_RELEASE, RELEASE_SENT, told ? RELEASE_TOLD : RELEASE_UNTOLD);
      rows(
          s,
          PEER_REL,
          IDLE,
          told ? List.of(INDICATE_RELEASE, FINISH, SEND_RLC) : List.of(FINISH, SEND_RLC));
      rows(s, CIRCUIT_CLEARED, IDLE, told ? List.of(INDICATE_RELEASE, FINISH) : List.of(FINISH));
    }

    // Releasing (T1, T5): §2.3.1 RLC and REL collision, §2.10.2 T5 hands over to reset.
    row(RELEASE_SENT, PEER_RLC, IDLE, FINISH);
    row(RELEASE_SENT, PEER_REL, IDLE, FINISH, SEND_RLC);
    row(RELEASE_SENT, T1_EXPIRY, RELEASE_SENT, START_T1, SEND_REL);
    row(RELEASE_SENT, T5_EXPIRY, IDLE, FINISH, RESET_CIRCUIT);
    row(RELEASE_SENT, CIRCUIT_CLEARED, IDLE, FINISH);
    row(RELEASE_SENT, USER_RELEASE, RELEASE_SENT);
  }

  private CallStateMachine() {}

  private static void row(CallState from, CallEvent event, CallState to, CallAction... actions) {
    rows(from, event, to, List.of(actions));
  }

  private static void rows(
      CallState from, CallEvent event, CallState to, List<CallAction> actions) {
    if (TABLE.get(from).put(event, new Outcome(to, actions, true)) != null) {
      throw new IllegalStateException("duplicate row " + from + " " + event);
    }
  }

  /** The next state and actions for {@code event} in {@code state}. */
  public static Outcome handle(CallState state, CallEvent event) {
    Outcome o = TABLE.get(state).get(event);
    return o != null ? o : Outcome.unexpected(state);
  }

  /** The events allowed in {@code state}: the table's row. */
  public static Set<CallEvent> allowed(CallState state) {
    return Collections.unmodifiableSet(TABLE.get(state).keySet());
  }

  /**
   * The cause this exchange puts in REL (and tells its user) when {@code event} releases the call
   * on its own: T7 → 102, T9 → 19, T8, failed COT and a refused IAM → 41, T33 → 111, no circuit →
   * 34; null when the cause comes with the request or message.
   */
  public static CauseValue cause(CallEvent event) {
    return switch (event) {
      case T7_EXPIRY -> CauseValue.RECOVERY_ON_TIMER_EXPIRY;
      case T9_EXPIRY -> CauseValue.NO_ANSWER;
      case T8_EXPIRY, PEER_COT_FAILURE, PEER_IAM_ON_BLOCKED_CIRCUIT -> CauseValue.TEMPORARY_FAILURE;
      case T33_EXPIRY -> CauseValue.PROTOCOL_ERROR;
      case NO_CIRCUIT -> CauseValue.NO_CIRCUIT_AVAILABLE;
      default -> null;
    };
  }

  /** Who released first when {@code event} ends the call. */
  public static CallRelease.Initiator initiator(CallEvent event) {
    return switch (event) {
      case USER_RELEASE -> CallRelease.Initiator.LOCAL_USER;
      case PEER_REL -> CallRelease.Initiator.REMOTE;
      default -> CallRelease.Initiator.NETWORK;
    };
  }
}
