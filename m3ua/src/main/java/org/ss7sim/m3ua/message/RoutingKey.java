package org.ss7sim.m3ua.message;

import java.util.List;

/**
 * Routing Key (RFC 4666 §3.6.1), carried in REG REQ:
 *
 * <pre>
 * Local-RK-Identifier          M
 * Routing Context              O
 * Traffic Mode Type            O
 * Destination Point Code       M (one or more)
 * Network Appearance           O
 * Service Indicators           O
 * Originating Point Code List  O
 * </pre>
 *
 * Several DPC/SI/OPC groups are flattened into the three lists (in wire order).
 *
 * @param routingContext null when absent
 * @param trafficModeType null when absent
 * @param networkAppearance null when absent
 * @param serviceIndicators 8-bit SIs
 */
public record RoutingKey(
    long localRkIdentifier,
    Long routingContext,
    TrafficModeType trafficModeType,
    Long networkAppearance,
    List<AffectedPointCode> destinationPointCodes,
    List<Integer> serviceIndicators,
    List<AffectedPointCode> originatingPointCodes,
    List<Parameter> unknown) {
  public RoutingKey {
    destinationPointCodes = List.copyOf(destinationPointCodes);
    serviceIndicators = List.copyOf(serviceIndicators);
    originatingPointCodes = List.copyOf(originatingPointCodes);
    unknown = List.copyOf(unknown);
  }

  /** A key for one DPC with optional routing context and traffic mode. */
  public static RoutingKey forDestination(
      long localRkIdentifier, Long routingContext, TrafficModeType mode, int dpc) {
    return new RoutingKey(
        localRkIdentifier,
        routingContext,
        mode,
        null,
        List.of(AffectedPointCode.of(dpc)),
        List.of(),
        List.of(),
        List.of());
  }
}
