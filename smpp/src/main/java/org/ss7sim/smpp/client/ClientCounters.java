package org.ss7sim.smpp.client;

import java.util.concurrent.atomic.LongAdder;

/** Named counters of an ESME client across its connections. */
public final class ClientCounters {
  final LongAdder requestsSent = new LongAdder();
  final LongAdder deliverSmReceived = new LongAdder();
  final LongAdder receiptsReceived = new LongAdder();
  final LongAdder malformed = new LongAdder();
  final LongAdder unexpectedResponses = new LongAdder();
  final LongAdder responseTimeouts = new LongAdder();
  final LongAdder reconnects = new LongAdder();

  public long requestsSent() {
    return requestsSent.sum();
  }

  public long deliverSmReceived() {
    return deliverSmReceived.sum();
  }

  public long receiptsReceived() {
    return receiptsReceived.sum();
  }

  /** PDUs that did not decode, answered with an error response where they were requests. */
  public long malformed() {
    return malformed.sum();
  }

  public long unexpectedResponses() {
    return unexpectedResponses.sum();
  }

  public long responseTimeouts() {
    return responseTimeouts.sum();
  }

  public long reconnects() {
    return reconnects.sum();
  }
}
