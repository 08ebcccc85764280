package org.ss7sim.wire;

/**
 * The one exception a decoder throws for bytes it cannot accept: a reason, the offset into the
 * message where decoding failed, and the spec clause that the bytes break.
 *
 * <p>Each layer catches it at exactly one boundary and answers with the protocol's own error
 * message (M3UA ERR, SCCP UDTS, TCAP Reject, ISUP CFN, SMPP generic_nack).
 */
public final class MalformedMessageException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final int offset;
  private final String specReference;

  public MalformedMessageException(String reason, int offset, String specReference) {
    super(
        reason
            + " at offset "
            + offset
            + (specReference.isEmpty() ? "" : " (" + specReference + ")"));
    this.reason = reason;
    this.offset = offset;
    this.specReference = specReference;
  }

  public MalformedMessageException(String reason, int offset) {
    this(reason, offset, "");
  }

  /** What is wrong, without the offset: suitable for a diagnostic or a counter name. */
  public String reason() {
    return reason;
  }

  /** Offset of the offending byte from the start of the message being decoded. */
  public int offset() {
    return offset;
  }

  /** The spec clause the input breaks, e.g. "RFC 4666 §3.1", or empty. */
  public String specReference() {
    return specReference;
  }
}
