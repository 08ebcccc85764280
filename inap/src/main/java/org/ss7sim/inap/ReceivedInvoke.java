package org.ss7sim.inap;

import org.ss7sim.inap.message.InapArgument;
import org.ss7sim.inap.message.InapCodec;
import org.ss7sim.inap.message.InapOperation;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.RejectProblem;
import org.ss7sim.wire.MalformedMessageException;

/**
 * A received Invoke read as an INAP operation: either its argument, or the Reject problem that
 * answers it (Q.1218 §6 with Q.774 §3.2: an unknown operation is unrecognizedOperation, an argument
 * that does not decode is mistypedParameter). Never throws.
 *
 * @param argument null when {@code problem} is set
 * @param problem null when the invoke was read
 * @param reason what was wrong, for the debug log, or null
 */
public record ReceivedInvoke(
    Invoke invoke, InapArgument argument, RejectProblem problem, String reason) {

  public static ReceivedInvoke of(Invoke invoke) {
    InapOperation op = InapOperation.ofCode(invoke.opCode());
    if (op == null) {
      return new ReceivedInvoke(
          invoke,
          null,
          RejectProblem.InvokeProblem.UNRECOGNIZED_OPERATION.problem(),
          "operation " + invoke.opCode());
    }
    try {
      return new ReceivedInvoke(invoke, InapCodec.decode(op, invoke.parameter()), null, null);
    } catch (MalformedMessageException | IllegalArgumentException e) {
      return new ReceivedInvoke(
          invoke, null, RejectProblem.InvokeProblem.MISTYPED_PARAMETER.problem(), e.getMessage());
    }
  }

  /** The Reject counter for the problem. */
  public InapCounters.Counter rejectCounter() {
    return problem != null
            && problem.code() == RejectProblem.InvokeProblem.UNRECOGNIZED_OPERATION.ordinal()
        ? InapCounters.Counter.REJECTED_UNRECOGNIZED_OPERATION
        : InapCounters.Counter.REJECTED_MISTYPED_PARAMETER;
  }
}
