package org.ss7sim.tcap.dialogue;

import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BitString;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * Unidirectional dialogue APDU (Q.773 §4.2.1, table 49).
 *
 * <pre>
 * AUDT-apdu ::= [APPLICATION 0] IMPLICIT SEQUENCE {
 *   protocol-version          [0] IMPLICIT BIT STRING { version1 (0) } DEFAULT { version1 },
 *   application-context-name  [1] OBJECT IDENTIFIER,
 *   user-information          [30] IMPLICIT SEQUENCE OF EXTERNAL OPTIONAL }
 * </pre>
 */
public record Audt(
    BitString protocolVersion, ObjectIdentifier applicationContext, Octets userInformation)
    implements DialoguePdu {
  public Audt {
    java.util.Objects.requireNonNull(applicationContext, "applicationContext");
  }
}
