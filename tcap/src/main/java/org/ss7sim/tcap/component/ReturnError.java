package org.ss7sim.tcap.component;

import org.ss7sim.wire.Octets;

/**
 * A ReturnError component (Q.773 §3.2, table 11).
 *
 * <pre>
 * ReturnError ::= SEQUENCE {
 *   invokeID  InvokeIdType,
 *   errorCode ERROR,
 *   parameter ANY DEFINED BY errorCode OPTIONAL }
 * </pre>
 *
 * @param parameter one complete BER element, or null
 */
public record ReturnError(InvokeId invokeId, ErrorCode errorCode, Octets parameter)
    implements Component {
  public ReturnError {
    java.util.Objects.requireNonNull(invokeId, "invokeId");
    java.util.Objects.requireNonNull(errorCode, "errorCode");
  }

  @Override
  public ComponentType type() {
    return ComponentType.RETURN_ERROR;
  }
}
