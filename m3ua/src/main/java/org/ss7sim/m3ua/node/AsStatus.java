package org.ss7sim.m3ua.node;

import java.util.Map;
import org.ss7sim.m3ua.asp.AsState;
import org.ss7sim.m3ua.asp.AspState;

/**
 * A snapshot of one application server a node serves (RFC 4666 §4.3.2), for inspection.
 *
 * @param name the AS name
 * @param routingContext its routing context
 * @param state the AS state
 * @param asps the ASPs up for it (by session name) with their state, in the order they came up
 */
public record AsStatus(
    String name, long routingContext, AsState state, Map<String, AspState> asps) {
  public AsStatus {
    asps = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(asps));
  }
}
