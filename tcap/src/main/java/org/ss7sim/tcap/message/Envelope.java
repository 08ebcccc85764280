package org.ss7sim.tcap.message;

import org.ss7sim.tcap.dialogue.DialoguePortion;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerReader;

/**
 * A TCAP message read up to its component portion: the transaction portion, the dialogue portion
 * and the component portion still as bytes. The transaction sublayer routes on this before the
 * component sublayer decodes the components (Q.774 §3.1).
 *
 * <p>When the message cannot be accepted, {@link #problem()} says how Q.774 §3.1.4 answers it and
 * the ids read so far are kept so the answer can be addressed.
 *
 * @param type null when the message type is unrecognized
 * @param componentPortion contents of the component portion (a view), or null when absent
 * @param componentOffset offset of {@code componentPortion} in the message
 * @param problem null when the transaction and dialogue portions are acceptable
 * @param error what was wrong, when {@code problem} is set
 */
public record Envelope(
    MessageType type,
    TransactionId otid,
    TransactionId dtid,
    PAbortCause pAbortCause,
    DialoguePortion dialoguePortion,
    Octets componentPortion,
    int componentOffset,
    PAbortCause problem,
    MalformedMessageException error) {

  /** A reader over the components. */
  public BerReader components() {
    return BerReader.of(
        componentPortion == null ? Octets.EMPTY : componentPortion, componentOffset);
  }
}
