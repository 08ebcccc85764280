package org.ss7sim.smpp.server;

import java.util.Objects;
import org.ss7sim.smpp.pdu.CommandStatus;

/**
 * The SMSC node's answer to a {@link Submission}: a message id, or the status to reject it with.
 */
public sealed interface SubmitResult {
  /** Accepted and stored: submit_sm_resp carries {@code messageId} (at most 64 characters). */
  record Accepted(String messageId) implements SubmitResult {
    public Accepted {
      Objects.requireNonNull(messageId, "messageId");
      if (messageId.length() > 64) {
        throw new IllegalArgumentException("message_id longer than 64 characters");
      }
    }
  }

  /**
   * Not accepted: submit_sm_resp carries {@code status} (for example ESME_RMSGQFUL,
   * ESME_RINVDSTADR).
   */
  record Rejected(CommandStatus status) implements SubmitResult {
    public Rejected {
      if (status.isOk()) {
        throw new IllegalArgumentException("a rejection needs an error status");
      }
    }
  }

  static SubmitResult accepted(String messageId) {
    return new Accepted(messageId);
  }

  static SubmitResult rejected(CommandStatus status) {
    return new Rejected(status);
  }
}
