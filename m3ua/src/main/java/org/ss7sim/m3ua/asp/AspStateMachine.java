package org.ss7sim.m3ua.asp;

import org.ss7sim.m3ua.message.ErrorCode;

/**
 * The state of a remote ASP as an SGP (or the answering IPSP) keeps it, driven by the ASPSM and
 * ASPTM messages the ASP sends and by the loss of the association (RFC 4666 §4.3.1, Figure 3, and
 * the procedures of §4.3.4.1–§4.3.4.4). Pure: {@link #handle} returns the next state, whether to
 * acknowledge and which ERR (if any) to send; the caller sends and applies.
 */
public final class AspStateMachine {
  /** Events, grouped by source: peer messages, then the lower layer. */
  public enum Event {
    /** ASP Up received (§4.3.4.1). */
    ASP_UP,
    /** ASP Down received (§4.3.4.2). */
    ASP_DOWN,
    /** ASP Active received (§4.3.4.3). */
    ASP_ACTIVE,
    /** ASP Inactive received (§4.3.4.4). */
    ASP_INACTIVE,
    /** SCTP communication down / restart (§4.3.1: SCTP-CDI, SCTP-RI). */
    COMM_DOWN
  }

  /**
   * What to do.
   *
   * @param acknowledge send the matching ACK (ASPUP ACK, ASPDN ACK, ASPAC ACK, ASPIA ACK)
   * @param error an ERR to send as well, or null
   */
  public record Outcome(AspState next, boolean acknowledge, ErrorCode error) {}

  private AspStateMachine() {}

  public static Outcome handle(AspState state, Event event) {
    return switch (event) {
      case ASP_UP ->
          switch (state) {
            case ASP_DOWN, ASP_INACTIVE -> new Outcome(AspState.ASP_INACTIVE, true, null);
            // §4.3.4.1: ASP Up while ASP-ACTIVE: ack, "Unexpected Message", and the ASP becomes
            // inactive.
            case ASP_ACTIVE ->
                new Outcome(AspState.ASP_INACTIVE, true, ErrorCode.UNEXPECTED_MESSAGE);
          };
      // §4.3.4.2: ASP Down is acknowledged in every state.
      case ASP_DOWN -> new Outcome(AspState.ASP_DOWN, true, null);
      case ASP_ACTIVE ->
          state == AspState.ASP_DOWN
              ? new Outcome(AspState.ASP_DOWN, false, ErrorCode.UNEXPECTED_MESSAGE)
              : new Outcome(AspState.ASP_ACTIVE, true, null);
      case ASP_INACTIVE ->
          state == AspState.ASP_DOWN
              ? new Outcome(AspState.ASP_DOWN, false, ErrorCode.UNEXPECTED_MESSAGE)
              : new Outcome(AspState.ASP_INACTIVE, true, null);
      case COMM_DOWN -> new Outcome(AspState.ASP_DOWN, false, null);
    };
  }
}
