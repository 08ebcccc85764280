package org.ss7sim.tcap.transaction;

/** Dialogue and transaction states (Q.774 §3.1.3 and §3.2.2, figures A.2 and A.5). */
public enum DialogueState {
  IDLE,
  INITIATION_SENT,
  INITIATION_RECEIVED,
  ACTIVE
}
