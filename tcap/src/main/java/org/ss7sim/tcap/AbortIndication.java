package org.ss7sim.tcap;

import org.ss7sim.tcap.dialogue.Aare;
import org.ss7sim.tcap.dialogue.DialoguePortion;
import org.ss7sim.tcap.dialogue.SourceDiagnostic;
import org.ss7sim.tcap.message.PAbortCause;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * TC-U-ABORT or TC-P-ABORT indication (Q.771 §3.2.1.2), or the end of a dialogue by its idle
 * timeout. The dialogue is released when this is delivered.
 *
 * @param kind who ended the dialogue
 * @param pAbortCause for {@link Kind#PROVIDER}: the P-Abort cause (received or local)
 * @param dialoguePortion for {@link Kind#USER}: the ABRT, or the AARE of a refused dialogue; may be
 *     null
 */
public record AbortIndication(
    Dialogue dialogue, Kind kind, PAbortCause pAbortCause, DialoguePortion dialoguePortion) {
  /** Who aborted. */
  public enum Kind {
    /** The remote TC-user (TC-U-ABORT). */
    USER,
    /** The remote or the local TC provider (TC-P-ABORT). */
    PROVIDER,
    /** Nothing happened on the dialogue for the configured idle time. */
    IDLE_TIMEOUT
  }

  /** The user information of the ABRT or AARE, or null. */
  public Octets userInformation() {
    return dialoguePortion == null ? null : dialoguePortion.userInformation();
  }

  /**
   * For a dialogue the peer refused because it does not support the proposed application context:
   * the context it offers instead (Q.774 §3.2.2.2; MAP uses it for version fallback), else null.
   */
  public ObjectIdentifier applicationContextNotSupported() {
    if (dialoguePortion != null
        && dialoguePortion.pdu() instanceof Aare aare
        && aare.diagnostic().equals(SourceDiagnostic.APPLICATION_CONTEXT_NAME_NOT_SUPPORTED)) {
      return aare.applicationContext();
    }
    return null;
  }
}
