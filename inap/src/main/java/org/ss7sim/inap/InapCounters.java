package org.ss7sim.inap;

import java.util.EnumMap;
import java.util.Map;

/** Named counters of one INAP service (SSF or SCF side), for the simulator to show. */
public final class InapCounters {
  /** What is counted. */
  public enum Counter {
    /** InitialDP operations sent (SSF) or received (SCF). */
    INITIAL_DP,
    /** Instructions (Connect, Continue, ReleaseCall) sent (SCF) or received (SSF). */
    INSTRUCTIONS,
    /** Invokes answered with a Reject because the argument did not decode (mistypedParameter). */
    REJECTED_MISTYPED_PARAMETER,
    /** Invokes answered with a Reject because the operation is unknown. */
    REJECTED_UNRECOGNIZED_OPERATION,
    /** Invokes answered with a ReturnError. */
    RETURN_ERRORS_SENT,
    /** ReturnError components received. */
    RETURN_ERRORS_RECEIVED,
    /** Reject components received. */
    REJECTS_RECEIVED,
    /** Dialogues refused for their application context. */
    REFUSED_APPLICATION_CONTEXT,
    /** Dialogues aborted by the peer or the TC provider. */
    ABORTS_RECEIVED,
    /** Bad components that could not be answered because the dialogue had ended. */
    DISCARDED_AFTER_END,
    /** SSF: no instruction within the response timer. */
    RESPONSE_TIMEOUTS,
    /** Service logic threw; answered with systemFailure. */
    LOGIC_FAILURES,
    /** Queries refused locally because the dialogue limit was reached. */
    REFUSED_OVERLOAD,
    /** Events a state machine did not expect in its state (ignored). */
    UNEXPECTED_EVENTS,
    /** Components the TCAP component sublayer rejected on this service's dialogues. */
    LOCAL_REJECTS
  }

  private final long[] counts = new long[Counter.values().length];

  public void increment(Counter c) {
    counts[c.ordinal()]++;
  }

  public long get(Counter c) {
    return counts[c.ordinal()];
  }

  /** The non-zero counters. */
  public Map<Counter, Long> snapshot() {
    Map<Counter, Long> m = new EnumMap<>(Counter.class);
    for (Counter c : Counter.values()) {
      if (counts[c.ordinal()] != 0) {
        m.put(c, counts[c.ordinal()]);
      }
    }
    return m;
  }

  @Override
  public String toString() {
    return snapshot().toString();
  }
}
