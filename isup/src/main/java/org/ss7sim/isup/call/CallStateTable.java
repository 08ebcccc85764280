package org.ss7sim.isup.call;

import static org.ss7sim.isup.call.CallEvent.*;
import static org.ss7sim.isup.call.CallState.*;

import java.util.EnumMap;
import java.util.Map;

/**
 * The declared transition table of the call state machine: for each state, the events allowed in it
 * and the next state. An event missing from a state's row is unexpected there and handled by the
 * unexpected-message path (Q.764 §2.9.5: discarded and counted). The table drives {@link
 * CallProcessing} and its test.
 */
public final class CallStateTable {
  private static final Map<CallState, EnumMap<CallEvent, CallState>> TABLE =
      new EnumMap<>(CallState.class);

  static {
    for (CallState s : CallState.values()) {
      TABLE.put(s, new EnumMap<>(CallEvent.class));
    }
    // Q.764 §2.1.1: outgoing set-up; §2.1.2 incoming set-up (en bloc, overlap, continuity check).
    row(IDLE, USER_SETUP, AWAITING_ADDRESS_COMPLETE);
    row(IDLE, PEER_IAM, PRESENTED);
    row(IDLE, PEER_IAM_INCOMPLETE, COLLECTING_ADDRESS);
    row(IDLE, PEER_IAM_CONTINUITY_CHECK, AWAITING_CONTINUITY);

    // Outgoing, awaiting ACM (T7).
    row(AWAITING_ADDRESS_COMPLETE, USER_MORE_DIGITS, AWAITING_ADDRESS_COMPLETE);
    row(AWAITING_ADDRESS_COMPLETE, PEER_ACM, AWAITING_ANSWER);
    row(AWAITING_ADDRESS_COMPLETE, PEER_CON, ANSWERED);
    row(AWAITING_ADDRESS_COMPLETE, PEER_ANM, ANSWERED);
    row(AWAITING_ADDRESS_COMPLETE, PEER_CPG, AWAITING_ADDRESS_COMPLETE);
    row(AWAITING_ADDRESS_COMPLETE, PEER_INR, AWAITING_ADDRESS_COMPLETE);
    row(AWAITING_ADDRESS_COMPLETE, T7_EXPIRY, RELEASE_SENT);
    row(AWAITING_ADDRESS_COMPLETE, GLARE_LOST, IDLE);

    // Outgoing, awaiting answer (T9).
    row(AWAITING_ANSWER, PEER_CPG, AWAITING_ANSWER);
    row(AWAITING_ANSWER, PEER_ANM, ANSWERED);
    row(AWAITING_ANSWER, PEER_INR, AWAITING_ANSWER);
    row(AWAITING_ANSWER, T9_EXPIRY, RELEASE_SENT);

    // Incoming, continuity check (T8).
    row(AWAITING_CONTINUITY, PEER_COT_SUCCESS, PRESENTED);
    row(AWAITING_CONTINUITY, PEER_COT_FAILURE, RELEASE_SENT);
    row(AWAITING_CONTINUITY, T8_EXPIRY, RELEASE_SENT);

    // Incoming, overlap.
    row(COLLECTING_ADDRESS, PEER_SAM, COLLECTING_ADDRESS);
    row(COLLECTING_ADDRESS, PEER_SAM_LAST, PRESENTED);
    row(COLLECTING_ADDRESS, USER_ALERT, ALERTING);
    row(COLLECTING_ADDRESS, USER_ANSWER, ANSWERED);

    // Incoming, presented and alerting.
    row(PRESENTED, USER_ALERT, ALERTING);
    row(PRESENTED, USER_ANSWER, ANSWERED);
    row(ALERTING, USER_ANSWER, ANSWERED);
    for (CallState s : new CallState[] {COLLECTING_ADDRESS, PRESENTED, ALERTING}) {
      row(s, USER_INFORMATION_REQUEST, s);
      row(s, USER_PROGRESS, s);
      row(s, PEER_INF, s);
      row(s, T33_EXPIRY, RELEASE_SENT);
    }

    // Answered.
    row(ANSWERED, PEER_SUS, ANSWERED);
    row(ANSWERED, PEER_RES, ANSWERED);
    row(ANSWERED, PEER_INF, ANSWERED);

    // Release from either side in every busy state (Q.764 §2.3).
    for (CallState s : CallState.values()) {
      if (s == IDLE || s == RELEASE_SENT) {
        continue;
      }
      row(s, USER_RELEASE, RELEASE_SENT);
      row(s, LOCAL_RELEASE, RELEASE_SENT);
      row(s, PEER_REL, IDLE);
      row(s, CIRCUIT_CLEARED, IDLE);
    }

    // Releasing (T1/T5): Q.764 §2.3.1 collision of REL, §2.10.2 T5 expiry hands over to reset.
    row(RELEASE_SENT, PEER_RLC, IDLE);
    row(RELEASE_SENT, PEER_REL, IDLE);
    row(RELEASE_SENT, T1_EXPIRY, RELEASE_SENT);
    row(RELEASE_SENT, T5_EXPIRY, IDLE);
    row(RELEASE_SENT, CIRCUIT_CLEARED, IDLE);
    row(RELEASE_SENT, USER_RELEASE, RELEASE_SENT);
  }

  private CallStateTable() {}

  private static void row(CallState from, CallEvent event, CallState to) {
    if (TABLE.get(from).put(event, to) != null) {
      throw new IllegalStateException("duplicate row " + from + " " + event);
    }
  }

  /** The next state after {@code event} in {@code state}, or {@code null} when unexpected. */
  public static CallState next(CallState state, CallEvent event) {
    return TABLE.get(state).get(event);
  }

  /** Whether {@code event} is allowed in {@code state}. */
  public static boolean allowed(CallState state, CallEvent event) {
    return TABLE.get(state).containsKey(event);
  }
}
