package org.ss7sim.tcap.transaction;

/** Events that move a dialogue, grouped by where they come from (Q.774 §3.1.3, §3.2.2). */
public enum DialogueEvent {
  // from the TC-user
  BEGIN_REQUEST,
  CONTINUE_REQUEST,
  END_REQUEST,
  PREARRANGED_END_REQUEST,
  U_ABORT_REQUEST,
  // from the peer
  BEGIN_RECEIVED,
  CONTINUE_RECEIVED,
  END_RECEIVED,
  ABORT_RECEIVED,
  // from the timer
  IDLE_TIMEOUT
}
