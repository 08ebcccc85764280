package org.ss7sim.m3ua.node;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ss7sim.m3ua.message.TrafficModeType;

/**
 * An application server this node serves as SGP (or answering IPSP): ASPs that connect to one of
 * its servers activate it by routing context. Route point codes to it by its name.
 *
 * <p>{@code allowedPeers} are the addresses of the ASPs that may activate it; empty admits any ASP
 * the server admitted. ASP Active or ASP Inactive for its routing context from another address is
 * answered with ERR "Invalid Routing Context" (RFC 4666 §3.8.1). {@code minimumActiveAsps} is the n
 * of n+k loadsharing ({@link #needing}); 0 for none.
 */
public record AsConfig(
    String name,
    long routingContext,
    TrafficModeType trafficMode,
    Set<InetAddress> allowedPeers,
    int minimumActiveAsps) {
  public AsConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(trafficMode, "trafficMode");
    if (!trafficMode.isKnown()) {
      throw new IllegalArgumentException("unsupported traffic mode: " + trafficMode);
    }
    allowedPeers = Set.copyOf(allowedPeers);
    if (minimumActiveAsps < 0) {
      throw new IllegalArgumentException("negative minimum of active ASPs: " + minimumActiveAsps);
    }
  }

  /** An application server any admitted ASP may activate. */
  public AsConfig(String name, long routingContext, TrafficModeType trafficMode) {
    this(name, routingContext, trafficMode, Set.of(), 0);
  }

  /** This application server, activatable only by ASPs at {@code peers}. */
  public AsConfig allowing(InetAddress... peers) {
    return new AsConfig(
        name, routingContext, trafficMode, Set.copyOf(List.of(peers)), minimumActiveAsps);
  }

  /**
   * This (loadshare) application server needing {@code n} active ASPs (n+k sparing): when fewer
   * remain active, its inactive ASPs get NTFY "Insufficient ASP Resources Active in AS" (RFC 4666
   * §3.8.2, §4.3.4.3).
   */
  public AsConfig needing(int n) {
    return new AsConfig(name, routingContext, trafficMode, allowedPeers, n);
  }
}
