package org.ss7sim.sip;

import java.util.Objects;

/** One call (one INVITE dialog) of the gateway, named by its Call-ID (RFC 3261 §8.1.1.4). */
public record SipCallRef(String callId) {
  public SipCallRef {
    Objects.requireNonNull(callId, "callId");
    if (callId.isEmpty()) {
      throw new IllegalArgumentException("empty Call-ID");
    }
  }

  @Override
  public String toString() {
    return callId;
  }
}
