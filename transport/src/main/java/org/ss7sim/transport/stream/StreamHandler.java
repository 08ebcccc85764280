package org.ss7sim.transport.stream;

import org.ss7sim.wire.Octets;

/**
 * Receives the events of one connection, always on that connection's event loop, in order. An
 * exception thrown by a handler method is logged and counted by the transport; it never closes the
 * connection by itself.
 */
public interface StreamHandler {
  /** One complete message, exactly as framed (length field included). The octets are not shared. */
  void onMessage(Octets message);

  /** The connection is gone (closed by either side or failed); no further events follow. */
  void onDown();

  /**
   * A message announced a length outside the framing limits. The handler may still send (for
   * example a protocol error answer); the transport then flushes and closes the connection.
   *
   * @param declaredLength the length field as an unsigned value
   * @param prefix the first octets of the offending message that had arrived (at most 64)
   */
  default void onFramingError(long declaredLength, Octets prefix) {}
}
