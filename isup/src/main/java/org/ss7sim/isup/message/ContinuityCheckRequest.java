package org.ss7sim.isup.message;

import java.util.Objects;

/** Continuity check request message (Q.763 Table 51). */
public record ContinuityCheckRequest(Cic cic) implements IsupMessage {
  public ContinuityCheckRequest {
    Objects.requireNonNull(cic, "cic");
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.CCR;
  }
}
