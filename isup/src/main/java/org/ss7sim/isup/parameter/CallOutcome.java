package org.ss7sim.isup.parameter;

/** Outcome classes the simulator counts calls by, derived from the release cause (Q.850 §2.2.7). */
public enum CallOutcome {
  /** Normal clearing (16, 31). */
  NORMAL,
  /** User busy (17). */
  BUSY,
  /** No user responding / no answer (18, 19). */
  NO_ANSWER,
  /** Unallocated, changed or invalid number (1, 3, 22, 28). */
  UNALLOCATED_NUMBER,
  /** Subscriber absent, call rejected, destination out of order (20, 21, 27). */
  UNREACHABLE,
  /** No circuit or resource available (34, 42, 44, 47). */
  CONGESTION,
  /** Network out of order or temporary failure (38, 41). */
  TEMPORARY_FAILURE,
  /** Recovery on timer expiry (102). */
  TIMER_EXPIRY,
  /** Invalid message and protocol error classes (80–111). */
  PROTOCOL_ERROR,
  /** Any other cause. */
  OTHER
}
