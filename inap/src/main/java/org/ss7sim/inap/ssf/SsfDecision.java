package org.ss7sim.inap.ssf;

import java.util.List;
import org.ss7sim.inap.message.CalledPartyNumber;
import org.ss7sim.inap.message.Cause;

/**
 * What the switch does with the call after an IN query; delivered exactly once per {@link SsfCall}.
 * The ISUP side (IAM to the new number, or REL with the cause and the circuit back to idle) is the
 * switch's job.
 */
public sealed interface SsfDecision {

  /**
   * Connect: route the call to the destination routing address (Q.1218 §6). The first number is the
   * one to use; further ones are alternatives.
   */
  record Route(List<CalledPartyNumber> destinationRoutingAddress) implements SsfDecision {
    public Route {
      destinationRoutingAddress = List.copyOf(destinationRoutingAddress);
      if (destinationRoutingAddress.isEmpty()) {
        throw new IllegalArgumentException("a route needs a number");
      }
    }

    /** The number to put into the IAM's called party number. */
    public CalledPartyNumber destination() {
      return destinationRoutingAddress.get(0);
    }
  }

  /** Continue: complete the call to the dialled number unchanged. */
  record Proceed() implements SsfDecision {}

  /** Release the call with {@code cause}; {@code reason} says why, for counters and reports. */
  record Release(Cause cause, Reason reason) implements SsfDecision {
    public Release {
      java.util.Objects.requireNonNull(cause, "cause");
      java.util.Objects.requireNonNull(reason, "reason");
    }
  }

  /** Why a call is released. */
  enum Reason {
    /** The SCF sent ReleaseCall. */
    SCF_RELEASED,
    /** No instruction before the response timer (Tssf) ran out. */
    SCF_TIMEOUT,
    /** The SCF answered InitialDP with a ReturnError. */
    SCF_ERROR,
    /** The SCF rejected InitialDP, or sent something we rejected. */
    PROTOCOL_ERROR,
    /** The dialogue was aborted (TC-U-ABORT, TC-P-ABORT) or ended without an instruction. */
    SCF_ABORT,
    /** SCCP could not deliver the query (TC-NOTICE). */
    SCF_UNREACHABLE,
    /** No dialogue could be opened (the TCAP dialogue limit). */
    OVERLOAD
  }
}
