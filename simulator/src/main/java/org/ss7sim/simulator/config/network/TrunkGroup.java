package org.ss7sim.simulator.config.network;

import java.util.List;
import org.ss7sim.simulator.config.Location;

/**
 * ISUP circuits between this switch and another (an SSP or an MSC).
 *
 * @param name unique within the node; default {@code <node>-<remote>}
 * @param remote the switch at the other end
 * @param cics the circuits, as ranges
 * @param selection how outgoing calls pick a circuit
 * @param prefixes called numbers starting with one of these leave over this group
 * @param mirrored true when the file declares the group only at the other end
 */
public record TrunkGroup(
    String name,
    String remote,
    List<CicRange> cics,
    CircuitSelection selection,
    List<String> prefixes,
    boolean mirrored,
    Location location) {
  public TrunkGroup {
    cics = List.copyOf(cics);
    prefixes = List.copyOf(prefixes);
  }

  /** The number of circuits. */
  public int size() {
    return cics.stream().mapToInt(CicRange::size).sum();
  }
}
