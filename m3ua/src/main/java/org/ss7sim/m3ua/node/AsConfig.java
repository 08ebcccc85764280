package org.ss7sim.m3ua.node;

import java.util.Objects;
import org.ss7sim.m3ua.message.TrafficModeType;

/**
 * An application server this node serves as SGP (or answering IPSP): ASPs that connect to one of
 * its servers activate it by routing context. Route point codes to it by its name.
 */
public record AsConfig(String name, long routingContext, TrafficModeType trafficMode) {
  public AsConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(trafficMode, "trafficMode");
    if (!trafficMode.isKnown()) {
      throw new IllegalArgumentException("unsupported traffic mode: " + trafficMode);
    }
  }
}
