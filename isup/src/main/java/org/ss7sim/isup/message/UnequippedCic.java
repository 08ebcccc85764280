package org.ss7sim.isup.message;

import java.util.Objects;

/** Unequipped CIC message (Q.763 Table 51). */
public record UnequippedCic(Cic cic) implements IsupMessage {
  public UnequippedCic {
    Objects.requireNonNull(cic, "cic");
  }

  @Override
  public IsupMessageType type() {
    return IsupMessageType.UCIC;
  }
}
