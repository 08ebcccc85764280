package org.ss7sim.simulator.node.smsc;

import org.ss7sim.wire.Octets;

/**
 * A message the SMSC accepted, as its store keeps it.
 *
 * @param dataCoding the SMPP data_coding of {@code payload}
 * @param receipt whether the ESME asked for a delivery receipt
 * @param submittedMillis when it was accepted (epoch ms)
 * @param expiresMillis when it expires unless delivered (epoch ms)
 * @param attempts delivery attempts made so far
 * @param flow the trace flow it belongs to ("" when none)
 */
public record StoredMessage(
    String id,
    String systemId,
    String source,
    String destination,
    int dataCoding,
    Octets payload,
    boolean receipt,
    long submittedMillis,
    long expiresMillis,
    State state,
    int attempts,
    String flow) {

  /** Where a message is in its life. */
  public enum State {
    /** Accepted, delivery under way or due. */
    PENDING,
    /** Temporarily undeliverable (absent, busy, memory full): waiting for a retry or an alert. */
    WAITING,
    DELIVERED,
    UNDELIVERABLE,
    EXPIRED;

    public boolean isFinal() {
      return this == DELIVERED || this == UNDELIVERABLE || this == EXPIRED;
    }
  }

  public StoredMessage with(State newState, int newAttempts) {
    return new StoredMessage(
        id,
        systemId,
        source,
        destination,
        dataCoding,
        payload,
        receipt,
        submittedMillis,
        expiresMillis,
        newState,
        newAttempts,
        flow);
  }
}
