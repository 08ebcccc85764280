package org.ss7sim.sccp.message;

import java.util.List;
import java.util.Optional;
import org.ss7sim.wire.Octets;

/**
 * The segmentation parameter (Q.713 §3.17), four octets:
 *
 * <pre>
 *     8   7   6 5    4 3 2 1
 *   +---+---+-----+---------+
 *   | F | C |spare|remaining|   F = first segment, C = class 1 selected (original class)
 *   +---+---+-----+---------+
 *   | segmentation local reference (3 octets, kept as sent; least significant first)
 * </pre>
 *
 * @param remainingSegments 0–15
 * @param localReference 0–0xffffff
 * @param spare bits 6–5, kept for re-encoding
 */
public record Segmentation(
    boolean first, boolean class1, int remainingSegments, int localReference, int spare) {
  public Segmentation {
    if (remainingSegments < 0 || remainingSegments > 15) {
      throw new IllegalArgumentException("remaining segments out of range: " + remainingSegments);
    }
    if (localReference < 0 || localReference > 0xffffff) {
      throw new IllegalArgumentException(
          "segmentation local reference out of range: " + localReference);
    }
    if (spare < 0 || spare > 3) {
      throw new IllegalArgumentException("spare bits out of range: " + spare);
    }
  }

  public Segmentation(boolean first, boolean class1, int remainingSegments, int localReference) {
    this(first, class1, remainingSegments, localReference, 0);
  }

  public OptionalParameter toParameter() {
    int b = (first ? 0x80 : 0) | (class1 ? 0x40 : 0) | spare << 4 | remainingSegments;
    return new OptionalParameter(
        OptionalParameter.SEGMENTATION,
        Octets.ofUnsigned(
            b, localReference & 0xff, (localReference >>> 8) & 0xff, localReference >>> 16));
  }

  /** The typed view of a segmentation parameter. */
  public static Segmentation from(OptionalParameter p) {
    Octets v = p.value();
    if (p.name() != OptionalParameter.SEGMENTATION || v.length() != 4) {
      throw new IllegalArgumentException(
          "segmentation parameter must be 4 octets, is " + v.length());
    }
    int b = v.get(0);
    return new Segmentation(
        (b & 0x80) != 0,
        (b & 0x40) != 0,
        b & 0x0f,
        v.get(1) | v.get(2) << 8 | v.get(3) << 16,
        (b >>> 4) & 0x3);
  }

  /** The first segmentation parameter in {@code parameters}, if any. */
  public static Optional<Segmentation> find(List<OptionalParameter> parameters) {
    for (OptionalParameter p : parameters) {
      if (p.name() == OptionalParameter.SEGMENTATION) {
        return Optional.of(from(p));
      }
    }
    return Optional.empty();
  }
}
