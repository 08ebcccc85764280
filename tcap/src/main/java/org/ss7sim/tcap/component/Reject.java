package org.ss7sim.tcap.component;

/**
 * A Reject component (Q.773 §3.2, table 12).
 *
 * <pre>
 * Reject ::= SEQUENCE {
 *   invokeID CHOICE { derivable InvokeIdType, not-derivable NULL },
 *   problem  CHOICE { generalProblem [0] IMPLICIT GeneralProblem,
 *                     invokeProblem [1] IMPLICIT InvokeProblem,
 *                     returnResultProblem [2] IMPLICIT ReturnResultProblem,
 *                     returnErrorProblem [3] IMPLICIT ReturnErrorProblem } }
 * </pre>
 *
 * @param invokeId null when not derivable
 */
public record Reject(InvokeId invokeId, RejectProblem problem) implements Component {
  public Reject {
    java.util.Objects.requireNonNull(problem, "problem");
  }

  @Override
  public ComponentType type() {
    return ComponentType.REJECT;
  }
}
