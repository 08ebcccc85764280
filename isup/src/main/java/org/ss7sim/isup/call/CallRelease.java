package org.ss7sim.isup.call;

import org.ss7sim.isup.parameter.CallOutcome;
import org.ss7sim.isup.parameter.CauseValue;

/**
 * How a call ended (release indication).
 *
 * @param cause the Q.850 cause (from the REL received, or the one this exchange used)
 * @param initiator who released first
 * @param answered whether the call had been answered
 */
public record CallRelease(
    CauseValue cause, Initiator initiator, boolean answered, CallTiming timing) {
  /** Who released first. */
  public enum Initiator {
    /** This exchange's user (release request). */
    LOCAL_USER,
    /** The remote exchange (REL received). */
    REMOTE,
    /** This exchange: timer expiry, no circuit, reset, MTP pause, protocol error. */
    NETWORK
  }

  public CallOutcome outcome() {
    return cause.outcome();
  }
}
