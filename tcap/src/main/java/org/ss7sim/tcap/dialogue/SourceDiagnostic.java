package org.ss7sim.tcap.dialogue;

/**
 * {@code Associate-source-diagnostic} (Q.773 §4.2.1, table 47): who gave the result and why.
 *
 * <pre>
 * Associate-source-diagnostic ::= CHOICE {
 *   dialogue-service-user     [1] INTEGER { null (0), no-reason-given (1),
 *                                           application-context-name-not-supported (2) },
 *   dialogue-service-provider [2] INTEGER { null (0), no-reason-given (1),
 *                                           no-common-dialogue-portion (2) } }
 * </pre>
 *
 * @param provider true for dialogue-service-provider [2], false for dialogue-service-user [1]
 */
public record SourceDiagnostic(boolean provider, int code) {
  public static final SourceDiagnostic USER_NULL = new SourceDiagnostic(false, 0);
  public static final SourceDiagnostic USER_NO_REASON_GIVEN = new SourceDiagnostic(false, 1);
  public static final SourceDiagnostic APPLICATION_CONTEXT_NAME_NOT_SUPPORTED =
      new SourceDiagnostic(false, 2);
  public static final SourceDiagnostic PROVIDER_NULL = new SourceDiagnostic(true, 0);
  public static final SourceDiagnostic PROVIDER_NO_REASON_GIVEN = new SourceDiagnostic(true, 1);
  public static final SourceDiagnostic NO_COMMON_DIALOGUE_PORTION = new SourceDiagnostic(true, 2);
}
