package org.ss7sim.simulator.node.sipgw;

import java.util.Map;
import java.util.OptionalInt;
import org.ss7sim.isup.parameter.CauseValue;

/**
 * Q.850 cause ⇄ SIP status, as the cause/status tables of ITU-T Q.1912.5 and 3GPP TS 29.163 give
 * them for a gateway (RFC 3398 has the earlier version of both tables), and the Reason header of
 * RFC 3326 that carries the cause across. The tables are data: one entry per row of the spec's
 * table, tested row by row.
 */
public final class CauseMapping {
  /**
   * BYE without a Reason: REL with cause 16, normal call clearing (TS 29.163 §7.2.3.1, Q.1912.5).
   */
  public static final CauseValue BYE_CAUSE = CauseValue.NORMAL_CLEARING;

  /**
   * CANCEL without a Reason: REL with cause 31, normal unspecified (TS 29.163 §7.2.3.1, Q.1912.5).
   */
  public static final CauseValue CANCEL_CAUSE = CauseValue.NORMAL_UNSPECIFIED;

  /**
   * Cause received in REL → final SIP status of the INVITE (the gateway is the UAS). Causes not
   * listed map by class ({@link #statusFor}).
   */
  static final Map<Integer, Integer> STATUS_BY_CAUSE =
      Map.ofEntries(
          Map.entry(1, 404), // unallocated (unassigned) number
          Map.entry(2, 404), // no route to specified transit network
          Map.entry(3, 404), // no route to destination
          Map.entry(16, 480), // normal call clearing, before answer
          Map.entry(17, 486), // user busy
          Map.entry(18, 480), // no user responding
          Map.entry(19, 480), // no answer from user (user alerted)
          Map.entry(20, 480), // subscriber absent
          Map.entry(21, 403), // call rejected
          Map.entry(22, 410), // number changed
          Map.entry(23, 410), // redirection to new destination
          Map.entry(26, 404), // non-selected user clearing
          Map.entry(27, 502), // destination out of order
          Map.entry(28, 484), // invalid number format (address incomplete)
          Map.entry(29, 501), // facility rejected
          Map.entry(31, 480), // normal, unspecified
          Map.entry(34, 503), // no circuit/channel available
          Map.entry(38, 503), // network out of order
          Map.entry(41, 503), // temporary failure
          Map.entry(42, 503), // switching equipment congestion
          Map.entry(47, 503), // resource unavailable, unspecified
          Map.entry(55, 403), // incoming calls barred within CUG
          Map.entry(57, 403), // bearer capability not authorized
          Map.entry(58, 503), // bearer capability not presently available
          Map.entry(65, 488), // bearer capability not implemented
          Map.entry(70, 488), // only restricted digital information bearer capability
          Map.entry(79, 501), // service or option not implemented
          Map.entry(87, 403), // user not member of CUG
          Map.entry(88, 503), // incompatible destination
          Map.entry(102, 504), // recovery on timer expiry
          Map.entry(111, 500), // protocol error, unspecified
          Map.entry(127, 500)); // interworking, unspecified

  /**
   * Final SIP status received for our INVITE → cause of the REL (the gateway is the UAC), when the
   * response has no Reason: Q.850. Statuses not listed map by class ({@link #causeFor}).
   */
  static final Map<Integer, Integer> CAUSE_BY_STATUS =
      Map.ofEntries(
          Map.entry(400, 41), // Bad Request
          Map.entry(401, 21), // Unauthorized
          Map.entry(402, 21), // Payment Required
          Map.entry(403, 21), // Forbidden
          Map.entry(404, 1), // Not Found
          Map.entry(405, 63), // Method Not Allowed
          Map.entry(406, 79), // Not Acceptable
          Map.entry(407, 21), // Proxy Authentication Required
          Map.entry(408, 102), // Request Timeout
          Map.entry(410, 22), // Gone
          Map.entry(413, 127), // Request Entity Too Large
          Map.entry(414, 127), // Request-URI Too Long
          Map.entry(415, 79), // Unsupported Media Type
          Map.entry(416, 127), // Unsupported URI Scheme
          Map.entry(420, 127), // Bad Extension
          Map.entry(421, 127), // Extension Required
          Map.entry(423, 127), // Interval Too Brief
          Map.entry(480, 18), // Temporarily Unavailable
          Map.entry(481, 41), // Call/Transaction Does Not Exist
          Map.entry(482, 25), // Loop Detected
          Map.entry(483, 25), // Too Many Hops
          Map.entry(484, 28), // Address Incomplete
          Map.entry(485, 1), // Ambiguous
          Map.entry(486, 17), // Busy Here
          Map.entry(487, 31), // Request Terminated
          Map.entry(488, 127), // Not Acceptable Here
          Map.entry(500, 41), // Server Internal Error
          Map.entry(501, 79), // Not Implemented
          Map.entry(502, 38), // Bad Gateway
          Map.entry(503, 41), // Service Unavailable
          Map.entry(504, 102), // Server Time-out
          Map.entry(505, 127), // Version Not Supported
          Map.entry(513, 127), // Message Too Large
          Map.entry(600, 17), // Busy Everywhere
          Map.entry(603, 21), // Decline
          Map.entry(604, 1), // Does Not Exist Anywhere
          Map.entry(606, 58)); // Not Acceptable

  private CauseMapping() {}

  /** The final status for a REL cause; unlisted causes by Q.850 class. */
  public static int statusFor(CauseValue cause) {
    Integer status = STATUS_BY_CAUSE.get(cause.code());
    if (status != null) {
      return status;
    }
    return switch (cause.causeClass()) {
      case 0, 1 -> 480; // normal event
      case 2 -> 503; // resource unavailable
      default -> 500; // service/option, invalid message, protocol error, interworking
    };
  }

  /**
   * The REL cause for a final status: the Reason header's Q.850 cause when the response has one
   * (RFC 3326 §2; TS 29.163 §7.2.3.2), else the table; unlisted statuses give 127 (interworking,
   * unspecified).
   */
  public static CauseValue causeFor(int status, OptionalInt reasonCause) {
    if (reasonCause.isPresent()) {
      return new CauseValue(reasonCause.getAsInt());
    }
    Integer cause = CAUSE_BY_STATUS.get(status);
    return new CauseValue(cause != null ? cause : CauseValue.INTERWORKING.code());
  }

  /** The REL cause for a BYE (cause 16) or CANCEL (cause 31), or the Reason header's cause. */
  public static CauseValue causeForClearing(boolean cancel, OptionalInt reasonCause) {
    if (reasonCause.isPresent()) {
      return new CauseValue(reasonCause.getAsInt());
    }
    return cancel ? CANCEL_CAUSE : BYE_CAUSE;
  }
}
