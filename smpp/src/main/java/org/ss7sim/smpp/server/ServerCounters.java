package org.ss7sim.smpp.server;

import java.util.concurrent.atomic.LongAdder;

/**
 * Named counters of an SMPP server, across all its sessions: what was served and what was
 * discarded.
 */
public final class ServerCounters {
  final LongAdder bindsAccepted = new LongAdder();
  final LongAdder bindsRejected = new LongAdder();
  final LongAdder bindsLockedOut = new LongAdder();
  final LongAdder submitsAccepted = new LongAdder();
  final LongAdder submitsRejected = new LongAdder();
  final LongAdder throttled = new LongAdder();
  final LongAdder refusedAtDoor = new LongAdder();
  final LongAdder wrongBindState = new LongAdder();
  final LongAdder malformed = new LongAdder();
  final LongAdder unknownCommands = new LongAdder();
  final LongAdder unexpectedResponses = new LongAdder();
  final LongAdder framingErrors = new LongAdder();
  final LongAdder deliveriesSent = new LongAdder();
  final LongAdder deliveriesAcknowledged = new LongAdder();
  final LongAdder deliveriesRetried = new LongAdder();
  final LongAdder deliveriesFailed = new LongAdder();
  final LongAdder responseTimeouts = new LongAdder();
  final LongAdder serviceFailures = new LongAdder();

  public long bindsAccepted() {
    return bindsAccepted.sum();
  }

  public long bindsRejected() {
    return bindsRejected.sum();
  }

  /** Binds refused (ESME_RBINDFAIL, connection closed) because their host was locked out. */
  public long bindsLockedOut() {
    return bindsLockedOut.sum();
  }

  public long submitsAccepted() {
    return submitsAccepted.sum();
  }

  public long submitsRejected() {
    return submitsRejected.sum();
  }

  /** Submits answered ESME_RTHROTTLED. */
  public long throttled() {
    return throttled.sum();
  }

  /** Submissions refused by {@link SubmitCheck} (bad address, esm_class, data_coding, ...). */
  public long refusedAtDoor() {
    return refusedAtDoor.sum();
  }

  /** Requests answered ESME_RINVBNDSTS. */
  public long wrongBindState() {
    return wrongBindState.sum();
  }

  /** PDUs whose body did not decode, answered with an error response. */
  public long malformed() {
    return malformed.sum();
  }

  /** Requests with an unknown command_id, answered generic_nack ESME_RINVCMDID. */
  public long unknownCommands() {
    return unknownCommands.sum();
  }

  /** Responses matching no outstanding request, discarded. */
  public long unexpectedResponses() {
    return unexpectedResponses.sum();
  }

  /**
   * command_length outside the limits: generic_nack ESME_RINVCMDLEN, then the connection closed.
   */
  public long framingErrors() {
    return framingErrors.sum();
  }

  public long deliveriesSent() {
    return deliveriesSent.sum();
  }

  public long deliveriesAcknowledged() {
    return deliveriesAcknowledged.sum();
  }

  public long deliveriesRetried() {
    return deliveriesRetried.sum();
  }

  public long deliveriesFailed() {
    return deliveriesFailed.sum();
  }

  public long responseTimeouts() {
    return responseTimeouts.sum();
  }

  /** Exceptions thrown by the {@link SmscService}, answered ESME_RSYSERR. */
  public long serviceFailures() {
    return serviceFailures.sum();
  }
}
