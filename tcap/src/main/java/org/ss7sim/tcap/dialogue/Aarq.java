package org.ss7sim.tcap.dialogue;

import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BitString;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * Dialogue request (Q.773 §4.2.1, table 41).
 *
 * <pre>
 * AARQ-apdu ::= [APPLICATION 0] IMPLICIT SEQUENCE {
 *   protocol-version          [0] IMPLICIT BIT STRING { version1 (0) } DEFAULT { version1 },
 *   application-context-name  [1] OBJECT IDENTIFIER,
 *   user-information          [30] IMPLICIT SEQUENCE OF EXTERNAL OPTIONAL }
 * </pre>
 *
 * @param protocolVersion null when absent (the default, version 1)
 * @param userInformation the contents of user-information (its EXTERNALs, encoded), or null
 */
public record Aarq(
    BitString protocolVersion, ObjectIdentifier applicationContext, Octets userInformation)
    implements DialoguePdu {
  /** {@code version1}, as senders usually spell it out: {@code 80 02 07 80}. */
  public static final BitString VERSION1 = BitString.of(true);

  public Aarq {
    java.util.Objects.requireNonNull(applicationContext, "applicationContext");
  }

  public static Aarq of(ObjectIdentifier applicationContext, Octets userInformation) {
    return new Aarq(VERSION1, applicationContext, userInformation);
  }
}
