package org.ss7sim.tcap.message;

import java.util.List;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.dialogue.DialoguePortion;

/**
 * {@code Abort ::= SEQUENCE { dtid DestTransactionID, reason CHOICE { p-abortCause P-AbortCause,
 * u-abortCause DialoguePortion } OPTIONAL }} (Q.773 §3.1, table 2). At most one of the two reasons
 * is set; a U-Abort carries an ABRT or, rejecting a dialogue, an AARE.
 */
public record Abort(TransactionId dtid, PAbortCause pAbortCause, DialoguePortion dialoguePortion)
    implements TcMessage {
  public Abort {
    java.util.Objects.requireNonNull(dtid, "dtid");
    if (pAbortCause != null && dialoguePortion != null) {
      throw new IllegalArgumentException(
          "an Abort has a P-Abort cause or a dialogue portion, not both");
    }
  }

  /** A provider abort. */
  public static Abort provider(TransactionId dtid, PAbortCause cause) {
    return new Abort(dtid, cause, null);
  }

  /** Whether this is a P-Abort (otherwise a U-Abort, possibly without a dialogue portion). */
  public boolean isProviderAbort() {
    return pAbortCause != null;
  }

  @Override
  public List<Component> components() {
    return List.of();
  }

  @Override
  public MessageType type() {
    return MessageType.ABORT;
  }
}
