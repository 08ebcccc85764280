package org.ss7sim.isup.call;

import org.ss7sim.isup.parameter.CauseValue;

/**
 * The values that come with a call event: the release cause of a request or REL, the digits of a
 * SAM, the event of a CPG. The state machine decides what happens; these fill in the messages and
 * indications.
 *
 * @param cause release cause, or null when the event implies one ({@link CallStateMachine#cause})
 * @param digits SAM digits without ST
 * @param last the digits end with ST
 * @param progress CPG event ({@link org.ss7sim.isup.parameter.EventInformation})
 * @param calledPartyStatus the called party's status of the ACM's backward call indicators (Q.763
 *     §3.5 c): sent with a user's alert, received with a peer's ACM; "subscriber free" (1) unless
 *     said otherwise
 */
record CallInput(
    CauseValue cause, String digits, boolean last, int progress, int calledPartyStatus) {
  static final int SUBSCRIBER_FREE = 1;
  static final CallInput NONE = new CallInput(null, "", false, 0, SUBSCRIBER_FREE);

  static CallInput cause(CauseValue cause) {
    return new CallInput(cause, "", false, 0, SUBSCRIBER_FREE);
  }

  static CallInput digits(String digits, boolean last) {
    return new CallInput(null, digits, last, 0, SUBSCRIBER_FREE);
  }

  static CallInput progress(int event) {
    return new CallInput(null, "", false, event, SUBSCRIBER_FREE);
  }

  static CallInput alerting(int calledPartyStatus) {
    return new CallInput(null, "", false, 0, calledPartyStatus);
  }

  /** The cause of the release {@code event} starts. */
  CauseValue releaseCause(CallEvent event) {
    return cause != null ? cause : CallStateMachine.cause(event);
  }
}
