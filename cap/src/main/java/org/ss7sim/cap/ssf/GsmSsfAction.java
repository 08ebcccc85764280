package org.ss7sim.cap.ssf;

/** What the shell does on a transition of the gsmSSF FSM, in the order given. */
public enum GsmSsfAction {
  /** Open the dialogue (TC-BEGIN, CAP v2 AC) with InitialDP. */
  SEND_INITIAL_DP,
  /** Send EventReportBCSM (TC-CONTINUE, or TC-END with {@link #END_DIALOGUE}). */
  SEND_EVENT_REPORT,
  /** Send ApplyChargingReport. */
  SEND_APPLY_CHARGING_REPORT,
  /** Send the reports still outstanding (ApplyChargingReport, CallInformationReport). */
  SEND_PENDING_REPORTS,
  /** Hold call processing at the DP until instructed. */
  SUSPEND_CALL,
  /** Resume call processing (to the connected number, or unchanged). */
  RESUME_CALL,
  /** Release the call with the cause ReleaseCall gave. */
  RELEASE_CALL,
  /** Apply the CSI's default call handling (continue or release). */
  DEFAULT_CALL_HANDLING,
  /** Apply the arming / charging operation received. */
  ARM,
  /** Start Tssf with its default value. */
  START_TSSF,
  /** Restart Tssf with the value of ResetTimer. */
  RESTART_TSSF,
  STOP_TSSF,
  /** Answer ActivityTest with a ReturnResult. */
  ANSWER_ACTIVITY_TEST,
  /** Answer the operation with ReturnError unexpectedComponentSequence (TS 29.078 §14.1). */
  ERROR_UNEXPECTED_COMPONENT_SEQUENCE,
  /** End the dialogue with TC-END (basic), carrying whatever the previous actions queued. */
  END_DIALOGUE,
  /** End the dialogue with TC-U-ABORT. */
  ABORT_DIALOGUE,
  /** An event the state does not expect from the BCSM or the timer: count it, do nothing. */
  DISCARD
}
