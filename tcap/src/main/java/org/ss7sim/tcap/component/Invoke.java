package org.ss7sim.tcap.component;

import org.ss7sim.wire.Octets;

/**
 * An Invoke component (Q.773 §3.2, table 9).
 *
 * <pre>
 * Invoke ::= SEQUENCE {
 *   invokeID   InvokeIdType,
 *   linkedID   [0] IMPLICIT InvokeIdType OPTIONAL,
 *   opcode     OPERATION,
 *   parameter  ANY DEFINED BY opcode OPTIONAL }
 * </pre>
 *
 * @param linkedId null when absent
 * @param parameter the parameter as one complete BER element (tag, length, contents), or null
 */
public record Invoke(InvokeId invokeId, InvokeId linkedId, OperationCode opCode, Octets parameter)
    implements Component {
  public Invoke {
    java.util.Objects.requireNonNull(invokeId, "invokeId");
    java.util.Objects.requireNonNull(opCode, "opCode");
  }

  @Override
  public ComponentType type() {
    return ComponentType.INVOKE;
  }
}
