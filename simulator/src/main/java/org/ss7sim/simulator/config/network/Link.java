package org.ss7sim.simulator.config.network;

import java.util.Optional;
import org.ss7sim.simulator.config.Location;

/**
 * One end of an M3UA association between two nodes, as seen from the node that holds it.
 *
 * @param name unique within the node; default {@code <node>-<peer>} (then {@code -2}, {@code -3}
 *     for further links to the same peer)
 * @param peer the node at the other end
 * @param transport what carries it
 * @param role this end's M3UA role
 * @param listens whether this end accepts the connection (server) rather than opening it
 * @param local the address this end binds (port 0: any)
 * @param remote the address of the other end (for the listening end: the accepted peer host, port
 *     0)
 * @param routingContext the M3UA routing context of the AS served over this link
 * @param peerLink the name of the matching link at the peer; empty when the peer has none
 * @param mirrored true when the file declares the link only at the other end
 * @param explicitPorts true when the file gives the ports (a single-process run may otherwise use
 *     ephemeral ports)
 * @param location where the link (or the peer entry it came from) is written
 * @param peering the SIGTRAN facts of this end: all addresses, routing contexts, traffic mode,
 *     network appearance, ASP identifier, IPSP exchange, allowed peers
 */
public record Link(
    String name,
    String peer,
    TransportKind transport,
    LinkRole role,
    boolean listens,
    Endpoint local,
    Endpoint remote,
    long routingContext,
    Optional<String> peerLink,
    boolean mirrored,
    boolean explicitPorts,
    Location location,
    Peering peering) {
  /** A link with the defaults of a simple peering ({@link Peering#simple}). */
  public Link(
      String name,
      String peer,
      TransportKind transport,
      LinkRole role,
      boolean listens,
      Endpoint local,
      Endpoint remote,
      long routingContext,
      Optional<String> peerLink,
      boolean mirrored,
      boolean explicitPorts,
      Location location) {
    this(
        name,
        peer,
        transport,
        role,
        listens,
        local,
        remote,
        routingContext,
        peerLink,
        mirrored,
        explicitPorts,
        location,
        Peering.simple(local, remote, routingContext));
  }

  /** Every routing context served over this link (the first is {@link #routingContext()}). */
  public java.util.List<Long> routingContexts() {
    return peering.routingContexts();
  }

  /** The traffic mode of the AS served over this link. */
  public TrafficMode trafficMode() {
    return peering.trafficMode();
  }
}
