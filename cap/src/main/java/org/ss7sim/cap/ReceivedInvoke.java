package org.ss7sim.cap;

import org.ss7sim.cap.message.CapArgument;
import org.ss7sim.cap.message.CapCodec;
import org.ss7sim.cap.message.CapOperation;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.RejectProblem;
import org.ss7sim.wire.MalformedMessageException;

/**
 * A received Invoke read as a CAP operation: either its argument, or the Reject problem that
 * answers it (TS 29.078 §14 with Q.773 §3.2: an unknown operation is unrecognizedOperation, an
 * argument that does not decode is mistypedParameter). Never throws.
 *
 * @param argument null when {@code problem} is set
 * @param problem null when the invoke was read
 * @param reason what was wrong, for the debug log, or null
 */
public record ReceivedInvoke(
    Invoke invoke, CapArgument argument, RejectProblem problem, String reason) {

  public static ReceivedInvoke of(Invoke invoke) {
    CapOperation op = CapOperation.ofCode(invoke.opCode());
    if (op == null) {
      return new ReceivedInvoke(
          invoke,
          null,
          RejectProblem.InvokeProblem.UNRECOGNIZED_OPERATION.problem(),
          "operation " + invoke.opCode());
    }
    try {
      return new ReceivedInvoke(invoke, CapCodec.decode(op, invoke.parameter()), null, null);
    } catch (MalformedMessageException e) {
      return new ReceivedInvoke(
          invoke, null, RejectProblem.InvokeProblem.MISTYPED_PARAMETER.problem(), e.getMessage());
    }
  }

  /** The Reject counter for the problem. */
  public CapCounters.Counter rejectCounter() {
    return problem != null
            && problem.code() == RejectProblem.InvokeProblem.UNRECOGNIZED_OPERATION.ordinal()
        ? CapCounters.Counter.REJECTED_UNRECOGNIZED_OPERATION
        : CapCounters.Counter.REJECTED_MISTYPED_PARAMETER;
  }
}
