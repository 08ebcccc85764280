package org.ss7sim.tcap.dialogue;

import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * The dialogue portion (Q.773 §3.1, table 4 and §4.2.1): {@code [APPLICATION 11] EXTERNAL} whose
 * direct reference names the abstract syntax (dialogue-as-id for AARQ/AARE/ABRT, uniDialogue-as-id
 * for AUDT) and whose single-ASN1-type carries the APDU.
 */
public record DialoguePortion(DialoguePdu pdu) {
  /** {@code dialogue-as-id} 0.0.17.773.1.1.1. */
  public static final ObjectIdentifier DIALOGUE_AS_ID = ObjectIdentifier.of(0, 0, 17, 773, 1, 1, 1);

  /** {@code uniDialogue-as-id} 0.0.17.773.1.2.1. */
  public static final ObjectIdentifier UNI_DIALOGUE_AS_ID =
      ObjectIdentifier.of(0, 0, 17, 773, 1, 2, 1);

  public DialoguePortion {
    java.util.Objects.requireNonNull(pdu, "pdu");
  }

  /** The application context name of an AARQ, AARE or AUDT; null for an ABRT. */
  public ObjectIdentifier applicationContext() {
    if (pdu instanceof Aarq q) {
      return q.applicationContext();
    }
    if (pdu instanceof Aare r) {
      return r.applicationContext();
    }
    if (pdu instanceof Audt u) {
      return u.applicationContext();
    }
    return null;
  }

  /** The user information the APDU carries, or null. */
  public Octets userInformation() {
    if (pdu instanceof Aarq q) {
      return q.userInformation();
    }
    if (pdu instanceof Aare r) {
      return r.userInformation();
    }
    if (pdu instanceof Audt u) {
      return u.userInformation();
    }
    return ((Abrt) pdu).userInformation();
  }
}
