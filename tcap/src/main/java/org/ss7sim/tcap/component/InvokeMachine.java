package org.ss7sim.tcap.component;

/**
 * The invocation state machine (Q.774 §3.2.2, figure A.4): what the component sublayer does with an
 * event for an invoke id, given the invocation's state and operation class. Results and errors the
 * class does not report, and anything for an id that is not pending, are rejected to the peer with
 * the problem Q.773 table 15/16 names. The last result or error a class reports moves the
 * invocation to wait for reject, where the id stays reserved until the reject timer runs out.
 *
 * <pre>
 * event (state OPERATION_SENT)   class 1           class 2           class 3           class 4
 * RETURN_RESULT_LAST             deliver, w.f.r.   reject RR-unexp.  deliver, w.f.r.   reject RR-unexp.
 * RETURN_RESULT_NOT_LAST         deliver, keep     reject RR-unexp.  deliver, keep     reject RR-unexp.
 * RETURN_ERROR                   deliver, w.f.r.   deliver, w.f.r.   reject RE-unexp.  reject RE-unexp.
 * REJECT                         deliver, release (any class)
 * LINKED_INVOKE                  deliver, keep (any class)
 * INVOCATION_TIMEOUT             cancel indication, release (any class)
 * USER_CANCEL                    release silently (any class)
 * USER_REJECT, REJECT_TIMER      ignore
 * (state WAIT_FOR_REJECT) RR-L / RR-NL   reject RR-unexpected;  RE: reject RE-unexpected;
 *              LINKED_INVOKE     reject unrecognizedLinkedID;   REJECT: deliver, release;
 *              USER_REJECT, USER_CANCEL, REJECT_TIMER: release;  INVOCATION_TIMEOUT: ignore
 * (state IDLE) RR / RE           reject unrecognizedInvokeID; LINKED_INVOKE: reject unrecognizedLinkedID;
 *              REJECT            deliver; timers, USER_CANCEL, USER_REJECT: ignore
 * </pre>
 */
public final class InvokeMachine {
  /** What to do. */
  public enum Action {
    DELIVER_AND_RELEASE,
    DELIVER_AND_KEEP,
    DELIVER_AND_WAIT_FOR_REJECT,
    DELIVER,
    REJECT,
    TIMEOUT_AND_RELEASE,
    RELEASE,
    IGNORE
  }

  /** The action and, for {@link Action#REJECT}, the problem to send. */
  public record Outcome(Action action, RejectProblem problem) {
    static Outcome of(Action a) {
      return new Outcome(a, null);
    }

    static Outcome reject(RejectProblem p) {
      return new Outcome(Action.REJECT, p);
    }
  }

  private static final Outcome DELIVER_AND_RELEASE = Outcome.of(Action.DELIVER_AND_RELEASE);
  private static final Outcome DELIVER_AND_KEEP = Outcome.of(Action.DELIVER_AND_KEEP);
  private static final Outcome DELIVER_AND_WAIT_FOR_REJECT =
      Outcome.of(Action.DELIVER_AND_WAIT_FOR_REJECT);
  private static final Outcome IGNORE = Outcome.of(Action.IGNORE);
  private static final Outcome RELEASE = Outcome.of(Action.RELEASE);
  private static final Outcome RR_UNEXPECTED =
      Outcome.reject(RejectProblem.ReturnResultProblem.RETURN_RESULT_UNEXPECTED.problem());
  private static final Outcome RE_UNEXPECTED =
      Outcome.reject(RejectProblem.ReturnErrorProblem.RETURN_ERROR_UNEXPECTED.problem());

  private InvokeMachine() {}

  /** The outcome of {@code event} for an invocation in {@code state} of class {@code cls}. */
  public static Outcome handle(InvokeState state, OperationClass cls, InvokeEvent event) {
    return switch (state) {
      case IDLE -> idle(event);
      case OPERATION_SENT -> operationSent(cls, event);
      case WAIT_FOR_REJECT -> waitForReject(event);
    };
  }

  private static Outcome idle(InvokeEvent event) {
    return switch (event) {
      case RETURN_RESULT_LAST_RECEIVED, RETURN_RESULT_NOT_LAST_RECEIVED ->
          Outcome.reject(RejectProblem.ReturnResultProblem.UNRECOGNIZED_INVOKE_ID.problem());
      case RETURN_ERROR_RECEIVED ->
          Outcome.reject(RejectProblem.ReturnErrorProblem.UNRECOGNIZED_INVOKE_ID.problem());
      case LINKED_INVOKE_RECEIVED ->
          Outcome.reject(RejectProblem.InvokeProblem.UNRECOGNIZED_LINKED_ID.problem());
      case REJECT_RECEIVED -> Outcome.of(Action.DELIVER);
      case INVOCATION_TIMEOUT, USER_CANCEL, USER_REJECT, REJECT_TIMER_EXPIRED -> IGNORE;
    };
  }

  private static Outcome operationSent(OperationClass cls, InvokeEvent event) {
    return switch (event) {
      case RETURN_RESULT_LAST_RECEIVED ->
          cls.reportsSuccess() ? DELIVER_AND_WAIT_FOR_REJECT : RR_UNEXPECTED;
      case RETURN_RESULT_NOT_LAST_RECEIVED ->
          cls.reportsSuccess() ? DELIVER_AND_KEEP : RR_UNEXPECTED;
      case RETURN_ERROR_RECEIVED ->
          cls.reportsFailure() ? DELIVER_AND_WAIT_FOR_REJECT : RE_UNEXPECTED;
      case REJECT_RECEIVED -> DELIVER_AND_RELEASE;
      case LINKED_INVOKE_RECEIVED -> DELIVER_AND_KEEP;
      case INVOCATION_TIMEOUT -> Outcome.of(Action.TIMEOUT_AND_RELEASE);
      case USER_CANCEL -> RELEASE;
      case USER_REJECT, REJECT_TIMER_EXPIRED -> IGNORE;
    };
  }

  private static Outcome waitForReject(InvokeEvent event) {
    return switch (event) {
      case RETURN_RESULT_LAST_RECEIVED, RETURN_RESULT_NOT_LAST_RECEIVED -> RR_UNEXPECTED;
      case RETURN_ERROR_RECEIVED -> RE_UNEXPECTED;
      case LINKED_INVOKE_RECEIVED ->
          Outcome.reject(RejectProblem.InvokeProblem.UNRECOGNIZED_LINKED_ID.problem());
      case REJECT_RECEIVED -> DELIVER_AND_RELEASE;
      case USER_REJECT, USER_CANCEL, REJECT_TIMER_EXPIRED -> RELEASE;
      case INVOCATION_TIMEOUT -> IGNORE;
    };
  }
}
