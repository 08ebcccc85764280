package org.ss7sim.tcap;

/**
 * Named counters of a {@link TcapStack}, for the simulator to show. Owned by the stack's thread.
 */
public final class TcapCounters {
  long messagesReceived;
  long messagesSent;
  long pAbortsSent;
  long rejectsSent;
  long discardedUnknownDialogue;
  long discardedBadTransactionPortion;
  long discardedUnrecognizedMessageType;
  long refusedResourceLimitation;
  long badComponents;
  long idleTimeouts;
  long invokeTimeouts;
  long userCallbackFailures;

  public long messagesReceived() {
    return messagesReceived;
  }

  public long messagesSent() {
    return messagesSent;
  }

  /** Abort messages with a P-Abort cause this stack sent. */
  public long pAbortsSent() {
    return pAbortsSent;
  }

  /** Reject components the component sublayer generated. */
  public long rejectsSent() {
    return rejectsSent;
  }

  /** Messages for a transaction id this stack does not know. */
  public long discardedUnknownDialogue() {
    return discardedUnknownDialogue;
  }

  /** Messages with a badly formatted or incorrect transaction portion. */
  public long discardedBadTransactionPortion() {
    return discardedBadTransactionPortion;
  }

  public long discardedUnrecognizedMessageType() {
    return discardedUnrecognizedMessageType;
  }

  /** Begins refused because the dialogue limit was reached. */
  public long refusedResourceLimitation() {
    return refusedResourceLimitation;
  }

  /** Received components that could not be decoded. */
  public long badComponents() {
    return badComponents;
  }

  public long idleTimeouts() {
    return idleTimeouts;
  }

  public long invokeTimeouts() {
    return invokeTimeouts;
  }

  /** Exceptions thrown by the TC-user's callbacks (caught at the stack boundary). */
  public long userCallbackFailures() {
    return userCallbackFailures;
  }
}
