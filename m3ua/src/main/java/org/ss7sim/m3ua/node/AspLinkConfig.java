package org.ss7sim.m3ua.node;

import java.util.List;
import java.util.Objects;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.TransportKind;

/**
 * A client association on which this node is the ASP (or the initiating IPSP, single exchange, RFC
 * 4666 §4.3.4 / §1.4.1.2) towards a peer SGP or IPSP.
 *
 * @param routingContexts the RCs to activate; empty with {@code register} set means: obtain one
 *     with REG REQ (§4.4.1) for a routing key of this node's point code
 * @param trafficMode sent in ASP Active
 * @param aspIdentifier sent in ASP Up, or null
 * @param register whether to register a routing key dynamically when no RC is configured
 * @param doubleExchange IPSP double exchange (RFC 4666 §4.3.4, §1.4.1.2 note): the peer also sends
 *     ASP Up and ASP Active, which this side acknowledges
 * @param networkAppearance the Network Appearance of this link (§3.3.1): put in DATA and SSNM sent
 *     on it and checked in DATA received on it; null for the node's ({@link
 *     M3uaNodeBuilder#networkAppearance(Long)})
 */
public record AspLinkConfig(
    String name,
    TransportKind transport,
    AssociationConfig association,
    List<Long> routingContexts,
    TrafficModeType trafficMode,
    Long aspIdentifier,
    boolean register,
    boolean doubleExchange,
    Long networkAppearance) {
  /** An IPSP link with double exchange or not, with the node's network appearance. */
  public AspLinkConfig(
      String name,
      TransportKind transport,
      AssociationConfig association,
      List<Long> routingContexts,
      TrafficModeType trafficMode,
      Long aspIdentifier,
      boolean register,
      boolean doubleExchange) {
    this(
        name,
        transport,
        association,
        routingContexts,
        trafficMode,
        aspIdentifier,
        register,
        doubleExchange,
        null);
  }

  /** An ASP (or IPSP single exchange) link. */
  public AspLinkConfig(
      String name,
      TransportKind transport,
      AssociationConfig association,
      List<Long> routingContexts,
      TrafficModeType trafficMode,
      Long aspIdentifier,
      boolean register) {
    this(
        name, transport, association, routingContexts, trafficMode, aspIdentifier, register, false);
  }

  /** The same link as an IPSP with double exchange. */
  public AspLinkConfig withDoubleExchange() {
    return new AspLinkConfig(
        name,
        transport,
        association,
        routingContexts,
        trafficMode,
        aspIdentifier,
        register,
        true,
        networkAppearance);
  }

  /** The same link with its own Network Appearance (null: the node's). */
  public AspLinkConfig withNetworkAppearance(Long na) {
    return new AspLinkConfig(
        name,
        transport,
        association,
        routingContexts,
        trafficMode,
        aspIdentifier,
        register,
        doubleExchange,
        na);
  }

  /** The same link sending {@code id} as ASP Identifier in ASP Up (§3.8.1; null: none). */
  public AspLinkConfig withAspIdentifier(Long id) {
    return new AspLinkConfig(
        name,
        transport,
        association,
        routingContexts,
        trafficMode,
        id,
        register,
        doubleExchange,
        networkAppearance);
  }

  public AspLinkConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(association, "association");
    routingContexts = List.copyOf(routingContexts);
    Objects.requireNonNull(trafficMode, "trafficMode");
  }
}
