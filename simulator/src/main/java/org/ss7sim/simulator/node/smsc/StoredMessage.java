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
 * @param scheduledMillis no attempt before this (schedule_delivery_time, epoch ms; 0: at once)
 * @param doneMillis when it reached its final state (epoch ms; 0 while it has not)
 * @param error the receipt error of its final state (0 for none)
 * @param serviceType the submit's service_type ("" when none), for cancel_sm
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
    String flow,
    long scheduledMillis,
    long doneMillis,
    int error,
    String serviceType) {

  /** A message due at once, not final, without a service_type. */
  public StoredMessage(
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
    this(
        id,
        systemId,
        source,
        destination,
        dataCoding,
        payload,
        receipt,
        submittedMillis,
        expiresMillis,
        state,
        attempts,
        flow,
        0,
        0,
        0,
        "");
  }

  /** Where a message is in its life. */
  public enum State {
    /** Accepted, delivery under way or due. */
    PENDING,
    /** Temporarily undeliverable (absent, busy, memory full): waiting for a retry or an alert. */
    WAITING,
    DELIVERED,
    UNDELIVERABLE,
    EXPIRED,
    /** Cancelled by its ESME (cancel_sm) before delivery. */
    DELETED;

    public boolean isFinal() {
      return this != PENDING && this != WAITING;
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
        flow,
        scheduledMillis,
        doneMillis,
        error,
        serviceType);
  }

  /**
   * This message in final state {@code newState} since {@code at}, with receipt error {@code e}.
   */
  public StoredMessage done(State newState, long at, int e) {
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
        attempts,
        flow,
        scheduledMillis,
        at,
        e,
        serviceType);
  }

  /** This message with the fields replace_sm may change. */
  public StoredMessage replaced(
      Octets newPayload, boolean newReceipt, long newExpires, long newScheduled) {
    return new StoredMessage(
        id,
        systemId,
        source,
        destination,
        dataCoding,
        newPayload,
        newReceipt,
        submittedMillis,
        newExpires,
        state,
        attempts,
        flow,
        newScheduled,
        doneMillis,
        error,
        serviceType);
  }
}
