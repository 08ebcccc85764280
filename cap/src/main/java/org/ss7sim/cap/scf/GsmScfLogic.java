package org.ss7sim.cap.scf;

import org.ss7sim.cap.message.CapArgument;
import org.ss7sim.cap.message.InitialDpArg;
import org.ss7sim.cap.message.InitialDpSmsArg;

/**
 * The service logic of a gsmSCF (a prepaid service, say): called by {@link GsmScfService} on the
 * TCAP stack's thread, once per operation received.
 */
public interface GsmScfLogic {
  /** InitialDP opened dialogue {@code dialogueId}. */
  GsmScfAnswer onInitialDp(long dialogueId, InitialDpArg initialDp);

  /** InitialDPSMS opened dialogue {@code dialogueId}. */
  default GsmScfAnswer onInitialDpSms(long dialogueId, InitialDpSmsArg initialDpSms) {
    return GsmScfAnswer.endWith();
  }

  /**
   * EventReportBCSM, ApplyChargingReport, CallInformationReport or EventReportSMS in an open
   * dialogue ({@code open} false: it came in a TC-END and nothing can be answered).
   */
  GsmScfAnswer onReport(long dialogueId, CapArgument report, boolean open);

  /** The dialogue is over (ended by either side or aborted); forget its state. */
  default void onDialogueEnded(long dialogueId) {}
}
