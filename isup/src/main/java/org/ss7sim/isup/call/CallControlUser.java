package org.ss7sim.isup.call;

/**
 * What the call-control user (an SSP's call logic) is told, one method per indication. Every call
 * placed or received ends with exactly one {@link #onRelease}.
 */
public interface CallControlUser {
  /** A new incoming call (IAM received and, when asked for, continuity confirmed). */
  void onIncomingCall(IncomingCall call);

  /** Overlap: further digits of an incoming call (SAM); {@code complete} when ST was received. */
  default void onMoreDigits(CallReference call, String digits, boolean complete) {}

  /** The called party is being alerted (ACM, or CPG alerting) on an outgoing call. */
  void onAlerting(CallReference call);

  /**
   * As {@link #onAlerting(CallReference)}, with the called party's status of the ACM's backward
   * call indicators (Q.763 §3.5 c: 0 no indication, 1 subscriber free, 2 connect when free); a
   * first CPG "alerting" gives "subscriber free". By default only the status-free indication is
   * given.
   */
  default void onAlerting(CallReference call, int calledPartyStatus) {
    onAlerting(call);
  }

  /** Call progress other than alerting (CPG) on an outgoing call. */
  default void onProgress(CallReference call, int event) {}

  /** The call was answered (ANM or CON). */
  void onAnswer(CallReference call);

  /** The call is over. */
  void onRelease(CallReference call, CallRelease release);
}
