package org.ss7sim.sccp.message;

import java.util.List;
import java.util.Optional;
import org.ss7sim.wire.Octets;

/** The importance parameter (Q.713 §3.19): importance 0–7 in bits 1–3, bits 4–8 spare (kept). */
public record Importance(int importance, int spare) {
  public Importance {
    if (importance < 0 || importance > 7 || spare < 0 || spare > 31) {
      throw new IllegalArgumentException("importance out of range: " + importance + "/" + spare);
    }
  }

  public Importance(int importance) {
    this(importance, 0);
  }

  public OptionalParameter toParameter() {
    return new OptionalParameter(
        OptionalParameter.IMPORTANCE, Octets.ofUnsigned(spare << 3 | importance));
  }

  public static Importance from(OptionalParameter p) {
    if (p.name() != OptionalParameter.IMPORTANCE || p.value().length() != 1) {
      throw new IllegalArgumentException("importance parameter must be 1 octet");
    }
    int b = p.value().get(0);
    return new Importance(b & 0x07, b >>> 3);
  }

  public static Optional<Importance> find(List<OptionalParameter> parameters) {
    for (OptionalParameter p : parameters) {
      if (p.name() == OptionalParameter.IMPORTANCE) {
        return Optional.of(from(p));
      }
    }
    return Optional.empty();
  }
}
