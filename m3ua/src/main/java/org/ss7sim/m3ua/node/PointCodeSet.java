package org.ss7sim.m3ua.node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ss7sim.m3ua.message.AffectedPointCode;

/**
 * The destinations a peer reported in DUNA or DRST on one association (RFC 4666 §3.4.1, §3.4.6):
 * exact point codes in a hash set, so {@link #covers} is O(1) however many destinations are
 * prohibited, and the few ranges (mask &gt; 0) in a short list searched after.
 */
final class PointCodeSet {
  private final Set<Integer> exact = new HashSet<>();
  private final List<AffectedPointCode> ranges = new ArrayList<>();

  void addAll(List<AffectedPointCode> apcs) {
    for (AffectedPointCode apc : apcs) {
      if (apc.mask() == 0) {
        exact.add(apc.pointCode());
      } else if (!ranges.contains(apc)) {
        ranges.add(apc);
      }
    }
  }

  /** DAVA (§3.4.2): removes what {@code apc} covers (a range clears the ranges it contains). */
  void clear(AffectedPointCode apc) {
    if (apc.mask() == 0) {
      exact.remove(apc.pointCode());
    } else {
      exact.removeIf(pc -> LocalAsp.covers(apc, pc));
    }
    ranges.removeIf(p -> p.mask() <= apc.mask() && LocalAsp.covers(apc, p.pointCode()));
  }

  void clear() {
    exact.clear();
    ranges.clear();
  }

  /** Whether {@code pc} is in the set or in one of its ranges. */
  boolean covers(int pc) {
    if (exact.contains(pc)) {
      return true;
    }
    for (AffectedPointCode r : ranges) {
      if (LocalAsp.covers(r, pc)) {
        return true;
      }
    }
    return false;
  }
}
