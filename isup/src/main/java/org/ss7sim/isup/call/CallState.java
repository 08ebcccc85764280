package org.ss7sim.isup.call;

/**
 * States of the call on one circuit (after Q.764 Annex C/D SDL, simplified to what ISUP signals).
 */
public enum CallState {
  /** No call on the circuit. */
  IDLE,
  /** Outgoing: IAM (or latest SAM) sent, T7 running, awaiting ACM or CON (Q.764 §2.1.1–§2.1.4). */
  AWAITING_ADDRESS_COMPLETE,
  /** Outgoing: ACM received, T9 running, awaiting ANM (Q.764 §2.1.4.7, §2.1.7). */
  AWAITING_ANSWER,
  /** Incoming: IAM asked for a continuity check, T8 running, awaiting COT (Q.764 §2.1.8). */
  AWAITING_CONTINUITY,
  /** Incoming, overlap: IAM without ST presented, SAMs may follow (Q.764 §2.1.2). */
  COLLECTING_ADDRESS,
  /** Incoming: presented to the user, awaiting alert or answer. */
  PRESENTED,
  /** Incoming: ACM sent. */
  ALERTING,
  /** Either direction: answered (ANM/CON). */
  ANSWERED,
  /** REL sent, T1 and T5 running, awaiting RLC (Q.764 §2.3.1, §2.10.2). */
  RELEASE_SENT
}
