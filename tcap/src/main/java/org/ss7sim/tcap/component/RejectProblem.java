package org.ss7sim.tcap.component;

/**
 * The problem a Reject reports (Q.773 §3.2, table 13 to 16): its kind and code. Codes outside the
 * defined ones are kept as they came.
 */
public record RejectProblem(ProblemType type, int code) {
  /** The problem kinds and their context tags. */
  public enum ProblemType {
    GENERAL,
    INVOKE,
    RETURN_RESULT,
    RETURN_ERROR;

    /** The context tag number ([0] to [3]). */
    public int tagNumber() {
      return ordinal();
    }
  }

  /** GeneralProblem. */
  public enum General {
    UNRECOGNIZED_COMPONENT,
    MISTYPED_COMPONENT,
    BADLY_STRUCTURED_COMPONENT;

    public RejectProblem problem() {
      return new RejectProblem(ProblemType.GENERAL, ordinal());
    }
  }

  /** InvokeProblem. */
  public enum InvokeProblem {
    DUPLICATE_INVOKE_ID,
    UNRECOGNIZED_OPERATION,
    MISTYPED_PARAMETER,
    RESOURCE_LIMITATION,
    INITIATING_RELEASE,
    UNRECOGNIZED_LINKED_ID,
    LINKED_RESPONSE_UNEXPECTED,
    UNEXPECTED_LINKED_OPERATION;

    public RejectProblem problem() {
      return new RejectProblem(ProblemType.INVOKE, ordinal());
    }
  }

  /** ReturnResultProblem. */
  public enum ReturnResultProblem {
    UNRECOGNIZED_INVOKE_ID,
    RETURN_RESULT_UNEXPECTED,
    MISTYPED_PARAMETER;

    public RejectProblem problem() {
      return new RejectProblem(ProblemType.RETURN_RESULT, ordinal());
    }
  }

  /** ReturnErrorProblem. */
  public enum ReturnErrorProblem {
    UNRECOGNIZED_INVOKE_ID,
    RETURN_ERROR_UNEXPECTED,
    UNRECOGNIZED_ERROR,
    UNEXPECTED_ERROR,
    MISTYPED_PARAMETER;

    public RejectProblem problem() {
      return new RejectProblem(ProblemType.RETURN_ERROR, ordinal());
    }
  }

  public RejectProblem {
    java.util.Objects.requireNonNull(type, "type");
  }

  /** The named problem, or null when the code is not one the spec defines for the kind. */
  public Enum<?> named() {
    Enum<?>[] values =
        switch (type) {
          case GENERAL -> General.values();
          case INVOKE -> InvokeProblem.values();
          case RETURN_RESULT -> ReturnResultProblem.values();
          case RETURN_ERROR -> ReturnErrorProblem.values();
        };
    return code >= 0 && code < values.length ? values[code] : null;
  }

  @Override
  public String toString() {
    Enum<?> n = named();
    return type + ":" + (n == null ? Integer.toString(code) : n.name());
  }
}
