package org.ss7sim.tcap.dialogue;

import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BitString;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * Dialogue response (Q.773 §4.2.1, table 42).
 *
 * <pre>
 * AARE-apdu ::= [APPLICATION 1] IMPLICIT SEQUENCE {
 *   protocol-version          [0] IMPLICIT BIT STRING { version1 (0) } DEFAULT { version1 },
 *   application-context-name  [1] OBJECT IDENTIFIER,
 *   result                    [2] Associate-result,
 *   result-source-diagnostic  [3] Associate-source-diagnostic,
 *   user-information          [30] IMPLICIT SEQUENCE OF EXTERNAL OPTIONAL }
 * </pre>
 */
public record Aare(
    BitString protocolVersion,
    ObjectIdentifier applicationContext,
    AssociateResult result,
    SourceDiagnostic diagnostic,
    Octets userInformation)
    implements DialoguePdu {
  public Aare {
    java.util.Objects.requireNonNull(applicationContext, "applicationContext");
    java.util.Objects.requireNonNull(result, "result");
    java.util.Objects.requireNonNull(diagnostic, "diagnostic");
  }

  /** An accepting response: result accepted, diagnostic dialogue-service-user null. */
  public static Aare accepted(ObjectIdentifier applicationContext, Octets userInformation) {
    return new Aare(
        Aarq.VERSION1,
        applicationContext,
        AssociateResult.ACCEPTED,
        SourceDiagnostic.USER_NULL,
        userInformation);
  }

  /** A rejecting response with the given diagnostic. */
  public static Aare rejected(
      ObjectIdentifier applicationContext, SourceDiagnostic why, Octets userInformation) {
    return new Aare(
        Aarq.VERSION1, applicationContext, AssociateResult.REJECT_PERMANENT, why, userInformation);
  }
}
