package org.ss7sim.map.service;

import java.util.EnumMap;
import java.util.Map;
import org.ss7sim.map.operation.MapApplicationContext;

/**
 * Settings of a {@link MapStack}.
 *
 * @param maxVersions the highest version this node speaks per application context (absent: the
 *     context's highest); a received dialogue at a higher version is refused with the version we
 *     offer, as TS 29.002 §14.2 describes
 * @param maxBeginOctets largest TCAP Begin (dialogue portion and components) the route carries in
 *     one unsegmented SCCP message; an MT/MO-ForwardSM that would not fit goes as an empty TC-BEGIN
 *     followed by the invoke in TC-CONTINUE (TS 29.002 §15.4.2/§15.5) unless {@code
 *     segmentationAvailable}
 * @param segmentationAvailable the SCCP route allows XUDT segmentation, so large Begins are sent
 *     whole
 */
public record MapConfig(
    Map<MapApplicationContext, Integer> maxVersions,
    int maxBeginOctets,
    boolean segmentationAvailable) {
  public MapConfig {
    maxVersions = Map.copyOf(maxVersions);
    if (maxBeginOctets < 50) {
      throw new IllegalArgumentException("maxBeginOctets too small: " + maxBeginOctets);
    }
  }

  /**
   * Every context at its highest version; 200 octets for a Begin (a UDT's 255 less two global-title
   * addresses and the SCCP header); no segmentation.
   */
  public static MapConfig defaults() {
    return new MapConfig(Map.of(), 200, false);
  }

  /** Limits {@code context} to {@code version} and below (a node that only speaks v2, say). */
  public MapConfig withMaxVersion(MapApplicationContext context, int version) {
    Map<MapApplicationContext, Integer> m = new EnumMap<>(MapApplicationContext.class);
    m.putAll(maxVersions);
    m.put(context, version);
    return new MapConfig(m, maxBeginOctets, segmentationAvailable);
  }

  public MapConfig withSegmentation(boolean available) {
    return new MapConfig(maxVersions, maxBeginOctets, available);
  }

  /** The version this node speaks {@code context} at, at most. */
  public int maxVersion(MapApplicationContext context) {
    return Math.min(maxVersions.getOrDefault(context, context.maxVersion()), context.maxVersion());
  }
}
