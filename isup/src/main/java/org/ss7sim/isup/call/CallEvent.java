package org.ss7sim.isup.call;

/**
 * Events of the call state machine ({@link CallStateMachine}), grouped by where they come from.
 * Call processing turns each request, message and expiry into one of these; where Q.764 treats one
 * message two ways (a CPG that alerts or not, a COT that completes the number or not) the message
 * becomes two events.
 */
public enum CallEvent {
  // ---- from the user (set-up, alerting, answer, release requests) ----
  /** Set-up request with a circuit seized (Q.764 §2.1.1.1). */
  USER_SETUP,
  /** Further digits, sent as SAM (Q.764 §2.1.2.1). */
  USER_MORE_DIGITS,
  /** The called party is alerted: ACM (Q.764 §2.1.4). */
  USER_ALERT,
  /** The called party answers: ANM, or CON before alerting (Q.764 §2.1.7, §2.1.4.1). */
  USER_ANSWER,
  /** Release request: REL (Q.764 §2.3.1). */
  USER_RELEASE,
  /** Information request: INR with T33 (Q.764 §2.1.6). */
  USER_INFORMATION_REQUEST,
  /** Call progress: CPG (Q.764 §2.1.5). */
  USER_PROGRESS,
  // ---- from the peer exchange ----
  /** IAM, en bloc or overlap receiving off (Q.764 §2.1.1.2). */
  PEER_IAM,
  /** IAM without ST while overlap receiving is on (Q.764 §2.1.2.2). */
  PEER_IAM_INCOMPLETE,
  /** IAM asking for a continuity check: wait for COT with T8 (Q.764 §2.1.8). */
  PEER_IAM_CONTINUITY_CHECK,
  /** IAM on a circuit this exchange blocks: refused with REL 41 (Q.764 §2.8.2.3). */
  PEER_IAM_ON_BLOCKED_CIRCUIT,
  /** SAM without ST. */
  PEER_SAM,
  /** SAM ending with ST. */
  PEER_SAM_LAST,
  /** COT, continuity check successful, number complete (Q.764 §2.1.8). */
  PEER_COT_SUCCESS,
  /** COT successful while overlap receiving waits for more digits. */
  PEER_COT_SUCCESS_INCOMPLETE,
  /** COT, continuity check failed. */
  PEER_COT_FAILURE,
  /** ACM (Q.764 §2.1.4.7). */
  PEER_ACM,
  /** CPG other than a first alerting (Q.764 §2.1.5). */
  PEER_CPG,
  /** CPG with event "alerting" before any alerting was received. */
  PEER_CPG_ALERTING,
  /** CON (Q.764 §2.1.4.1). */
  PEER_CON,
  /** ANM (Q.764 §2.1.7). */
  PEER_ANM,
  /** SUS (Q.764 §2.5). */
  PEER_SUS,
  /** RES (Q.764 §2.5). */
  PEER_RES,
  /** REL (Q.764 §2.3.1 c, or collision §2.3.1 f when REL was sent). */
  PEER_REL,
  /** RLC (Q.764 §2.3.1). */
  PEER_RLC,
  /** INR: answered with INF (Q.764 §2.1.6). */
  PEER_INR,
  /** INF (Q.764 §2.1.6). */
  PEER_INF,
  // ---- from timers (Q.764 Annex A) ----
  T1_EXPIRY,
  T5_EXPIRY,
  T7_EXPIRY,
  T8_EXPIRY,
  T9_EXPIRY,
  T33_EXPIRY,
  // ---- from this exchange's own procedures and from circuit supervision ----
  /** No circuit could be seized for a set-up or a repeat attempt: cause 34. */
  NO_CIRCUIT,
  /** Release by this exchange (e.g. an unrecognised message says "release call", §2.9.5.1). */
  LOCAL_RELEASE,
  /** Dual seizure lost: leave the circuit, repeat on another one (Q.764 §2.9.1.4 b). */
  GLARE_LOST,
  /** The circuit was reset, hardware blocked, unequipped or paused (Q.764 §2.10.3, §2.13). */
  CIRCUIT_CLEARED
}
