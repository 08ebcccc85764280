package org.ss7sim.isup.circuit;

import java.util.List;
import java.util.Objects;
import org.ss7sim.mtp.PointCode;

/**
 * A trunk group to configure: its name, the remote exchange's point code, its CIC ranges and
 * policies.
 */
public record TrunkGroupConfig(
    String name,
    PointCode remote,
    List<CicRange> ranges,
    SelectionPolicy selection,
    GlarePolicy glare) {
  public TrunkGroupConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(remote, "remote");
    ranges = List.copyOf(ranges);
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(glare, "glare");
    if (ranges.isEmpty()) {
      throw new IllegalArgumentException("trunk group " + name + " has no circuits");
    }
  }

  /** One CIC range, sequential selection, the Q.764 point code rule. */
  public static TrunkGroupConfig of(String name, PointCode remote, int firstCic, int lastCic) {
    return new TrunkGroupConfig(
        name,
        remote,
        List.of(CicRange.of(firstCic, lastCic)),
        SelectionPolicy.SEQUENTIAL,
        GlarePolicy.POINT_CODE_EVEN_ODD);
  }

  public TrunkGroupConfig withSelection(SelectionPolicy policy) {
    return new TrunkGroupConfig(name, remote, ranges, policy, glare);
  }

  public TrunkGroupConfig withGlare(GlarePolicy policy) {
    return new TrunkGroupConfig(name, remote, ranges, selection, policy);
  }
}
