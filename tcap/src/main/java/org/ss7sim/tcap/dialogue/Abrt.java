package org.ss7sim.tcap.dialogue;

import org.ss7sim.wire.Octets;

/**
 * Dialogue abort (Q.773 §4.2.1, table 43).
 *
 * <pre>
 * ABRT-apdu ::= [APPLICATION 4] IMPLICIT SEQUENCE {
 *   abort-source     [0] IMPLICIT ABRT-source,
 *   user-information [30] IMPLICIT SEQUENCE OF EXTERNAL OPTIONAL }
 * ABRT-source ::= INTEGER { dialogue-service-user (0), dialogue-service-provider (1) }
 * </pre>
 */
public record Abrt(AbortSource source, Octets userInformation) implements DialoguePdu {
  /** Who aborted. */
  public enum AbortSource {
    DIALOGUE_SERVICE_USER,
    DIALOGUE_SERVICE_PROVIDER
  }

  public Abrt {
    java.util.Objects.requireNonNull(source, "source");
  }
}
