package org.ss7sim.inap.ssf;

/** Events of the SSF's relationship with the SCF for one call, grouped by where they come from. */
public enum SsfEvent {
  // ---- from the SCF ----
  /** Connect, Continue or ReleaseCall received; no events left to monitor afterwards. */
  INSTRUCTION,
  /** Connect or Continue received with events armed and the dialogue still open. */
  INSTRUCTION_WITH_MONITORING,
  /** Only RequestReportBCSMEvent or ApplyCharging received: keep waiting (Tssf restarted). */
  ARMING_ONLY,
  /** ReturnError, Reject, a bad component, an abort, or a dialogue end without instruction. */
  FAILURE,
  /** ReleaseCall received while monitoring. */
  RELEASE_DURING_CALL,
  // ---- from the switch ----
  /** An armed event was reported and others remain armed. */
  EVENT_REPORTED,
  /** The last armed event, or a disconnect or abandon, was reported. */
  LAST_EVENT_REPORTED,
  /** The switch is done with the call. */
  CLOSE,
  // ---- from the timer ----
  /** Tssf ran out. */
  TSSF_EXPIRED
}
