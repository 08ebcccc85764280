package org.ss7sim.simulator.config.network;

import java.util.List;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.simulator.config.Location;

/**
 * An MTP route (Q.704 §2.3): destinations whose point code equals {@code dpc} in the bits set in
 * {@code mask} leave over the primary targets (traffic shared among them) and, when none of those
 * is available, over the alternates in order. Targets are adjacent nodes or this node's link names.
 *
 * @param implicit true for routes the reader derived from the topology, not written in the file
 */
public record Route(
    PointCode dpc,
    int mask,
    List<String> primary,
    List<String> alternates,
    boolean implicit,
    Location location) {
  public Route {
    primary = List.copyOf(primary);
    alternates = List.copyOf(alternates);
  }

  /** Whether {@code pc} falls under this route. */
  public boolean matches(PointCode pc) {
    return pc.format() == dpc.format() && (pc.value() & mask) == (dpc.value() & mask);
  }

  /** Whether this is a default route: every point code of its format (mask 0). */
  public boolean isDefault() {
    return mask == 0;
  }

  /** The number of significant bits of the mask; more specific routes win. */
  public int specificity() {
    return Integer.bitCount(mask);
  }
}
