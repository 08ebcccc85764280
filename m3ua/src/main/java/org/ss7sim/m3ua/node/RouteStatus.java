package org.ss7sim.m3ua.node;

import java.util.List;
import org.ss7sim.m3ua.asp.AspState;

/**
 * A snapshot of one route of a node towards a destination, for inspection (Q.704 §2.3, RFC 4666
 * §4.5).
 *
 * @param via the client link or application server the route goes through
 * @param priority 0 for the primary route, higher for alternates
 * @param link true when {@code via} is a client link (this node is ASP), false for an AS it serves
 * @param routingContexts the routing contexts DATA on this route carries
 * @param linkState this node's ASP state on the link, or null for an AS
 * @param as the state of the AS, or null for a link
 * @param available whether the route can carry traffic to the destination now (for a link: ASP
 *     active and no DUNA in force; for an AS: active or pending)
 * @param restricted whether the peer reported the destination restricted (DRST) on the link
 */
public record RouteStatus(
    String via,
    int priority,
    boolean link,
    List<Long> routingContexts,
    AspState linkState,
    AsStatus as,
    boolean available,
    boolean restricted) {
  public RouteStatus {
    routingContexts = List.copyOf(routingContexts);
  }
}
