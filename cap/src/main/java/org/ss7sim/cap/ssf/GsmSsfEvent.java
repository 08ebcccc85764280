package org.ss7sim.cap.ssf;

/**
 * Events of the gsmSSF FSM (TS 29.078 §4.1.1.2), grouped by where they come from: the basic call
 * state model of the MSC, the gsmSCF (operations received in the dialogue, and its end), and the
 * Tssf timer.
 */
public enum GsmSsfEvent {
  // ---- from the BCSM (call processing in the MSC) ----
  /** A TDP-R with a CSI was met (O-CSI at DP2, T-CSI at DP12): open the dialogue with InitialDP. */
  TDP_R_ENCOUNTERED(Source.BCSM),
  /** An EDP-R armed interrupted was met: report it and wait for instructions. */
  EDP_R_MET(Source.BCSM),
  /** An EDP-N was met and other EDPs or reports remain. */
  EDP_N_MET(Source.BCSM),
  /** An EDP-N was met and nothing remains armed or outstanding: report it and end the dialogue. */
  EDP_N_LAST_MET(Source.BCSM),
  /** The charging period ran out or the call ended: an ApplyChargingReport is due. */
  CHARGING_REPORT_DUE(Source.BCSM),
  /** The call ended at a point that is not armed (abandon, disconnect not armed). */
  CALL_ENDED_UNARMED(Source.BCSM),
  // ---- from the gsmSCF ----
  /** Connect or Continue; afterwards no EDP armed and no report outstanding. */
  RESUME(Source.GSM_SCF),
  /** Connect or Continue with EDPs armed or reports outstanding. */
  RESUME_MONITORED(Source.GSM_SCF),
  /** ReleaseCall. */
  RELEASE_CALL(Source.GSM_SCF),
  /**
   * An operation that changes what is monitored or charged without resuming the call:
   * RequestReportBCSMEvent, ApplyCharging, CallInformationRequest, FurnishChargingInformation.
   */
  ARMING(Source.GSM_SCF),
  /** ResetTimer: Tssf restarts with the given value. */
  RESET_TIMER(Source.GSM_SCF),
  /** ActivityTest: answered with an empty ReturnResult. */
  ACTIVITY_TEST(Source.GSM_SCF),
  /** The dialogue ended without an instruction: TC-END, TC-U-ABORT or TC-P-ABORT. */
  DIALOGUE_ENDED(Source.GSM_SCF),
  // ---- from the timer ----
  /** Tssf ran out waiting for instructions. */
  TSSF_EXPIRED(Source.TIMER);

  /** Where an event comes from. */
  public enum Source {
    BCSM,
    GSM_SCF,
    TIMER
  }

  private final Source source;

  GsmSsfEvent(Source source) {
    this.source = source;
  }

  public Source source() {
    return source;
  }
}
