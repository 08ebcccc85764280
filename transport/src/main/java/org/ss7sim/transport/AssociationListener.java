package org.ss7sim.transport;

import org.ss7sim.wire.Octets;

/**
 * What an association reports to its user (RFC 4960 §10.2 notifications in spirit). Called on the
 * thread that owns the association, one call at a time; implementations must not block.
 */
public interface AssociationListener {
  /** COMMUNICATION UP: the association can carry messages. */
  void onUp(Association association);

  /** COMMUNICATION LOST or SHUTDOWN COMPLETE: messages in flight may be lost. */
  void onDown(Association association, String cause);

  /**
   * RESTART: the peer restarted; the association is up again but the peer lost its state (RFC 4960
   * §10.2 E). Transports without restart detection report down then up instead.
   */
  default void onRestart(Association association) {
    onDown(association, "restart");
    onUp(association);
  }

  /** A whole message received on {@code streamId} with {@code ppid}. */
  void onMessage(Association association, int streamId, long ppid, Octets payload);
}
