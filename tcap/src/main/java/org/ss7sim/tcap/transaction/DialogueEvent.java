package org.ss7sim.tcap.transaction;

/**
 * Events that move a dialogue (Q.774 §3.1.3, §3.2.2), grouped by where they come from: the
 * TC-user's dialogue requests, the peer's messages as the transaction sublayer classifies them, and
 * the idle timer.
 */
public enum DialogueEvent {
  // from the TC-user (TC-BEGIN, TC-CONTINUE, TC-END basic / prearranged, TC-U-ABORT requests)
  BEGIN_REQUEST(Source.TC_USER),
  CONTINUE_REQUEST(Source.TC_USER),
  END_REQUEST(Source.TC_USER),
  PREARRANGED_END_REQUEST(Source.TC_USER),
  U_ABORT_REQUEST(Source.TC_USER),
  // from the peer (a received Begin, Continue, End or Abort for this transaction)
  BEGIN_RECEIVED(Source.PEER),
  CONTINUE_RECEIVED(Source.PEER),
  END_RECEIVED(Source.PEER),
  ABORT_RECEIVED(Source.PEER),
  // from the timer
  IDLE_TIMEOUT(Source.TIMER);

  /** Where an event comes from; decides what happens when the state does not allow it. */
  public enum Source {
    TC_USER,
    PEER,
    TIMER
  }

  private final Source source;

  DialogueEvent(Source source) {
    this.source = source;
  }

  public Source source() {
    return source;
  }
}
