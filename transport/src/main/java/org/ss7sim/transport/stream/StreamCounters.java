package org.ss7sim.transport.stream;

import java.util.concurrent.atomic.LongAdder;

/** Named counters of one server or client: what the transport saw, including discards. */
public final class StreamCounters {
  final LongAdder connectionsUp = new LongAdder();
  final LongAdder connectionsDown = new LongAdder();
  final LongAdder messagesIn = new LongAdder();
  final LongAdder framingErrors = new LongAdder();
  final LongAdder handlerFailures = new LongAdder();
  final LongAdder ioErrors = new LongAdder();

  public long connectionsUp() {
    return connectionsUp.sum();
  }

  public long connectionsDown() {
    return connectionsDown.sum();
  }

  public long messagesIn() {
    return messagesIn.sum();
  }

  /** Messages whose declared length was outside the framing limits (each closed its connection). */
  public long framingErrors() {
    return framingErrors.sum();
  }

  /** Exceptions thrown by handlers, caught by the transport. */
  public long handlerFailures() {
    return handlerFailures.sum();
  }

  public long ioErrors() {
    return ioErrors.sum();
  }

  @Override
  public String toString() {
    return "up="
        + connectionsUp()
        + " down="
        + connectionsDown()
        + " in="
        + messagesIn()
        + " framingErrors="
        + framingErrors()
        + " handlerFailures="
        + handlerFailures()
        + " ioErrors="
        + ioErrors();
  }
}
