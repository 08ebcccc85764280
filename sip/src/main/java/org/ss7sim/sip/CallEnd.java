package org.ss7sim.sip;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a call ended, as the interworking needs it to release the ISUP side (Q.1912.5, TS 29.163).
 *
 * @param kind what ended it
 * @param status the final status: of the rejecting response, 487 for CANCEL, 408 for a timeout, 200
 *     for BYE
 * @param q850Cause the cause of a {@code Reason: Q.850;cause=N} header (RFC 3326), when present
 */
public record CallEnd(Kind kind, int status, OptionalInt q850Cause) {
  /** What ended the call. */
  public enum Kind {
    /** The far end answered our INVITE with a final non-2xx status. */
    REJECTED,
    /** BYE received. */
    BYE,
    /** CANCEL received for an INVITE we had not answered. */
    CANCEL,
    /** No final response (Timer B/F, RFC 3261 §17.1.1.2) or the transport failed. */
    TIMEOUT
  }

  public CallEnd {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(q850Cause, "q850Cause");
    if (status < 100 || status > 699) {
      throw new IllegalArgumentException("status out of range: " + status);
    }
  }
}
