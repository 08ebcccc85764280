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
 * <p>Who may carry it (RFC 4666 §3.8.1, §4.3.4.3): {@code servers} are the names of the listening
 * links ({@link M3uaNodeBuilder#server}) whose ASPs may activate it, {@code allowedPeers} the
 * addresses of those ASPs; an empty set means no restriction on that count. ASP Active or ASP
 * Inactive for its routing context from another server or address is answered with ERR "Invalid
 * Routing Context" (0x19), and ASP Active without a routing context activates only the ASes bound
 * to the ASP's server and address. Bind every AS to its server ({@link #on}) when a node has more
 * than one, or an ASP on any of them may activate it.
 *
 * <p>{@code trafficMode} is the AS's mode (override, loadshare or broadcast, §4.3.4.3); an ASP
 * Active naming another mode is answered with ERR "Unsupported Traffic Mode Type" (0x05). {@code
 * minimumActiveAsps} is the n of n+k loadsharing ({@link #needing}); 0 for none.
 */
public record AsConfig(
    String name,
    long routingContext,
    TrafficModeType trafficMode,
    Set<InetAddress> allowedPeers,
    int minimumActiveAsps,
    Set<String> servers) {
  public AsConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(trafficMode, "trafficMode");
    if (!trafficMode.isKnown()) {
      throw new IllegalArgumentException("unsupported traffic mode: " + trafficMode);
    }
    allowedPeers = Set.copyOf(allowedPeers);
    servers = Set.copyOf(servers);
    if (minimumActiveAsps < 0) {
      throw new IllegalArgumentException("negative minimum of active ASPs: " + minimumActiveAsps);
    }
  }

  /** An application server on any server of the node (source compatibility). */
  public AsConfig(
      String name,
      long routingContext,
      TrafficModeType trafficMode,
      Set<InetAddress> allowedPeers,
      int minimumActiveAsps) {
    this(name, routingContext, trafficMode, allowedPeers, minimumActiveAsps, Set.of());
  }

  /** An application server any admitted ASP of any server may activate. */
  public AsConfig(String name, long routingContext, TrafficModeType trafficMode) {
    this(name, routingContext, trafficMode, Set.of(), 0, Set.of());
  }

  /** This application server, activatable only by ASPs at {@code peers}. */
  public AsConfig allowing(InetAddress... peers) {
    return new AsConfig(
        name, routingContext, trafficMode, Set.copyOf(List.of(peers)), minimumActiveAsps, servers);
  }

  /**
   * This application server, activatable only by ASPs connected to the servers (listening links)
   * called {@code serverNames}.
   */
  public AsConfig on(String... serverNames) {
    return new AsConfig(
        name,
        routingContext,
        trafficMode,
        allowedPeers,
        minimumActiveAsps,
        Set.copyOf(List.of(serverNames)));
  }

  /**
   * This (loadshare) application server needing {@code n} active ASPs (n+k sparing): when fewer
   * remain active, its inactive ASPs get NTFY "Insufficient ASP Resources Active in AS" (RFC 4666
   * §3.8.2, §4.3.4.3).
   */
  public AsConfig needing(int n) {
    return new AsConfig(name, routingContext, trafficMode, allowedPeers, n, servers);
  }
}
