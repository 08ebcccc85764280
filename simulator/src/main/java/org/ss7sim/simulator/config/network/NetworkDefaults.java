package org.ss7sim.simulator.config.network;

import org.ss7sim.mtp.NetworkIndicator;

/**
 * The {@code defaults:} section of a network file: values every node and link takes unless it says
 * otherwise.
 *
 * @param networkIndicator default {@code international}
 * @param transport default {@code tcp}
 * @param host default {@code 127.0.0.1}
 * @param basePort listening link ends without a port get {@code basePort}, {@code basePort + 1}, …
 *     in file order; default 2905 (the M3UA port)
 * @param endNodeRoutes how the derived routes of end nodes (every kind but STP) are written;
 *     default {@link EndNodeRoutes#EXACT}
 */
public record NetworkDefaults(
    NetworkIndicator networkIndicator,
    TransportKind transport,
    String host,
    int basePort,
    EndNodeRoutes endNodeRoutes) {
  public static final NetworkDefaults STANDARD =
      new NetworkDefaults(
          NetworkIndicator.INTERNATIONAL,
          TransportKind.TCP,
          "127.0.0.1",
          2905,
          EndNodeRoutes.EXACT);

  /** The defaults with one route per destination for every node. */
  public NetworkDefaults(
      NetworkIndicator networkIndicator, TransportKind transport, String host, int basePort) {
    this(networkIndicator, transport, host, basePort, EndNodeRoutes.EXACT);
  }

  /** How an end node's derived routes are written ({@code defaults: end_node_routes}). */
  public enum EndNodeRoutes {
    /** One route per destination: every destination is tracked (MTP-PAUSE/RESUME, DAUD). */
    EXACT,
    /**
     * One default route (every point code) for the destinations the node reaches the same way (the
     * most common next hops, e.g. its mated STP pair), and exact routes only for its adjacent
     * nodes, its trunk peers and the destinations reached some other way: a switch in a 2,000-node
     * network keeps a handful of routes instead of 2,000. Routing is the same destination by
     * destination; what changes is that destinations under the default route are not tracked: no
     * MTP-PAUSE/RESUME to the user parts and no DAUD for them (a DUNA from an STP still keeps
     * traffic off the link it came on).
     */
    DEFAULT
  }
}
