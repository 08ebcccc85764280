package org.ss7sim.tcap.component;

import org.ss7sim.wire.Octets;

/**
 * A ReturnResult component, last or not last (Q.773 §3.2, table 10).
 *
 * <pre>
 * ReturnResult ::= SEQUENCE {
 *   invokeID InvokeIdType,
 *   result   SEQUENCE { opcode OPERATION, parameter ANY DEFINED BY opcode } OPTIONAL }
 * </pre>
 *
 * @param last true for returnResultLast [2], false for returnResultNotLast [7]
 * @param opCode null when the result sequence is absent
 * @param parameter one complete BER element, or null
 */
public record ReturnResult(InvokeId invokeId, boolean last, OperationCode opCode, Octets parameter)
    implements Component {
  public ReturnResult {
    java.util.Objects.requireNonNull(invokeId, "invokeId");
    if (opCode == null && parameter != null) {
      throw new IllegalArgumentException("a result parameter needs its operation code");
    }
  }

  @Override
  public ComponentType type() {
    return last ? ComponentType.RETURN_RESULT_LAST : ComponentType.RETURN_RESULT_NOT_LAST;
  }
}
