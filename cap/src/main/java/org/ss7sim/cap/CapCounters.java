package org.ss7sim.cap;

import java.util.EnumMap;
import java.util.Map;

/** Named counters of one CAP service (gsmSSF or gsmSCF side), for the simulator to show. */
public final class CapCounters {
  /** What is counted. */
  public enum Counter {
    /** InitialDP / InitialDPSMS sent (gsmSSF) or received (gsmSCF). */
    INITIAL_DP,
    /** Operations sent by the gsmSCF, or received by the gsmSSF. */
    INSTRUCTIONS,
    /** EventReportBCSM, ApplyChargingReport, CallInformationReport sent or received. */
    REPORTS,
    /** Invokes answered with a Reject: the argument did not decode (mistypedParameter). */
    REJECTED_MISTYPED_PARAMETER,
    /** Invokes answered with a Reject: unknown operation (unrecognizedOperation). */
    REJECTED_UNRECOGNIZED_OPERATION,
    /** Operations answered with ReturnError unexpectedComponentSequence. */
    UNEXPECTED_COMPONENT_SEQUENCE,
    /** ReturnError or Reject components received. */
    ERRORS_RECEIVED,
    /** Dialogues refused for their application context. */
    REFUSED_APPLICATION_CONTEXT,
    /** Dialogues aborted by the peer or the TC provider. */
    ABORTS_RECEIVED,
    /** gsmSSF: Tssf ran out waiting for instructions (default call handling applied). */
    TSSF_EXPIRIES,
    /** BCSM or timer events the gsmSSF state did not expect, discarded. */
    DISCARDED_EVENTS,
    /** Components that could not be answered because the dialogue had ended. */
    DISCARDED_AFTER_END,
    /** Local rejects reported by TCAP. */
    LOCAL_REJECTS,
    /** gsmSCF: the service logic threw; answered with systemFailure. */
    LOGIC_FAILURES
  }

  private final EnumMap<Counter, Long> values = new EnumMap<>(Counter.class);

  public void increment(Counter c) {
    values.merge(c, 1L, Long::sum);
  }

  public long get(Counter c) {
    return values.getOrDefault(c, 0L);
  }

  /** The non-zero counters. */
  public Map<Counter, Long> snapshot() {
    return Map.copyOf(values);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
