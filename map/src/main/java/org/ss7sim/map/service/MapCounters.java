package org.ss7sim.map.service;

/** Named counters of what the MAP layer rejected or recovered from (shown by the simulator). */
public final class MapCounters {
  long unrecognizedOperations;
  long mistypedParameters;
  long unexpectedErrors;
  long unknownInvokeIds;
  long refusedDialogues;
  long versionFallbacks;
  long userFailures;
  long internalFailures;

  /** Invokes rejected because the operation is not part of the dialogue's context and version. */
  public long unrecognizedOperations() {
    return unrecognizedOperations;
  }

  /** Invokes, results and errors rejected because their parameter did not decode. */
  public long mistypedParameters() {
    return mistypedParameters;
  }

  /** Errors rejected because the operation cannot return them (or they are unknown). */
  public long unexpectedErrors() {
    return unexpectedErrors;
  }

  /** Results and errors for invokes we are not waiting for. */
  public long unknownInvokeIds() {
    return unknownInvokeIds;
  }

  /** Received dialogues refused for their application context. */
  public long refusedDialogues() {
    return refusedDialogues;
  }

  /** Dialogues we re-opened at a lower version after a refusal. */
  public long versionFallbacks() {
    return versionFallbacks;
  }

  /** Exceptions inside the MAP layer itself, caught at its boundary (the dialogue was aborted). */
  public long internalFailures() {
    return internalFailures;
  }

  /** Exceptions thrown by the MAP user's callbacks (the dialogue was aborted). */
  public long userFailures() {
    return userFailures;
  }
}
