package org.ss7sim.simulator.node.smsc;

/**
 * The {@code err:} of a delivery receipt (SMPP 3.4 Appendix B: three digits, network specific). A
 * MAP error that ended the message (or its last attempt, for an expired one) is given by its MAP
 * error code (TS 29.002 §17.6.6, all below 100); the SMSC's own reasons use the 900s, so a message
 * that could not be delivered always says why (docs/smpp.md, "Delivery receipts").
 */
public final class ReceiptError {
  /** SCCP returned the message: no GTT rule covers the HLR's or serving MSC's address. */
  public static final int NO_ROUTE = 901;

  /**
   * SCCP returned the last attempt because the HLR or MSC was unreachable (subsystem or MTP
   * failure, congestion): retried up to the message's expiry.
   */
  public static final int UNREACHABLE = 903;

  /** The HLR or MSC never answered (TCAP invocation timer), up to the message's expiry. */
  public static final int NO_ANSWER = 902;

  /** The SMSC failed while working on the message (an internal error, logged). */
  public static final int SMSC_ERROR = 999;

  private ReceiptError() {}

  /** The lower-case name of one of the codes above, or empty for any other. */
  static java.util.Optional<String> name(int err) {
    return switch (err) {
      case NO_ROUTE -> java.util.Optional.of("no_route");
      case NO_ANSWER -> java.util.Optional.of("no_answer");
      case UNREACHABLE -> java.util.Optional.of("unreachable");
      case SMSC_ERROR -> java.util.Optional.of("smsc_error");
      default -> java.util.Optional.empty();
    };
  }
}
