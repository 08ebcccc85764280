package org.ss7sim.inap.scf;

import org.ss7sim.inap.message.InapArgument;
import org.ss7sim.inap.message.InitialDpArg;

/**
 * The service logic an SCF runs: decides each InitialDP. Called on the TCAP stack's thread; must
 * not block. A RuntimeException it throws is answered with a systemFailure error.
 */
public interface ScfServiceLogic {
  /** Decides the call; {@code dialogueId} names the dialogue for later reports. */
  ScfAnswer onInitialDp(long dialogueId, InitialDpArg initialDp);

  /** An EventReportBCSM or ApplyChargingReport on an open dialogue. */
  default ScfAnswer onReport(long dialogueId, InapArgument report) {
    return new ScfAnswer.Nothing();
  }

  /** The dialogue ended (by the SSF, an abort, or the SCF's own TC-END). */
  default void onDialogueEnded(long dialogueId) {}
}
