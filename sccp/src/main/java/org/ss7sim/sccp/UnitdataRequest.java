package org.ss7sim.sccp;

import org.ss7sim.wire.Octets;

/**
 * N-UNITDATA request (Q.711 §6.2.2): send {@code data} connectionless from {@code calling} to
 * {@code called}.
 *
 * @param sequenceControl for class 1, messages with the same value keep their order (it selects the
 *     SLS); ignored for class 0
 * @param returnOnError ask for the message back (UDTS / N-NOTICE) if it cannot be delivered
 */
public record UnitdataRequest(
    SccpAddress called,
    SccpAddress calling,
    ProtocolClass protocolClass,
    int sequenceControl,
    boolean returnOnError,
    Octets data) {
  public UnitdataRequest {
    java.util.Objects.requireNonNull(called, "called");
    java.util.Objects.requireNonNull(calling, "calling");
    java.util.Objects.requireNonNull(protocolClass, "protocolClass");
    java.util.Objects.requireNonNull(data, "data");
  }
}
