/**
 * An M3UA signalling point (RFC 4666 §1.4, §4): {@link org.ss7sim.m3ua.node.M3uaNode} implements
 * the MTP3 service ({@link org.ss7sim.mtp.MtpService}) over associations in ASP, SGP or IPSP roles,
 * with application servers and their traffic modes (override, loadshare, broadcast, §4.3.4.3),
 * routing contexts (static and registered with REG REQ, §4.4), heartbeats (§4.3.4.6), SSNM towards
 * ASPs (§4.5: DUNA, DAVA, DAUD, SCON, DUPU, DRST), the ERR answers of §3.8.1, and point-code
 * routing with STP forwarding through an {@link org.ss7sim.mtp.routing.RoutingTable}.
 *
 * <h2>Failure of a route</h2>
 *
 * Which route a message takes is one pure decision, {@code RouteChoice} (table-tested): the best
 * available priority, by SLS; held while the AS of that route is pending (T(r), §4.3.4.3); never
 * back over the link set it came in on (Q.704 §13.2.2). When T(r) expires the held messages are not
 * dropped but sent, in order, over the route left — changeover to the other STP of a mated pair
 * (Q.704 §5.3.1). On links to an adjacent STP ({@link
 * org.ss7sim.m3ua.node.M3uaNodeBuilder#adjacentTransferPoint}) DUNA/DAVA go both ways with the
 * transfer-prohibited/-allowed meaning (Q.704 §13.2–§13.3): each STP tells its mate the
 * destinations it cannot reach and those it reaches only through the mate, so a destination lost
 * behind both is discarded and counted, never passed back and forth. Counters: {@code DIVERTED},
 * {@code BUFFERED}, {@code CHANGED_OVER}, {@code DISCARDED_NO_ROUTE}, {@code
 * DISCARDED_WOULD_RETURN}, {@code DISCARDED_PENDING}.
 *
 * <h2>Who may carry what</h2>
 *
 * The same rules hold on every link, to a simulated node or to external equipment:
 *
 * <ul>
 *   <li>A server (listening link) admits associations only from its allowed addresses ({@link
 *       org.ss7sim.m3ua.node.M3uaNodeBuilder#allowPeers}); any other is closed, logged at WARN in
 *       one line naming the link and the address, and counted ({@code REFUSED_PEERS}).
 *   <li>An AS is bound to its server(s) and peer addresses ({@link
 *       org.ss7sim.m3ua.node.AsConfig#on}, {@link org.ss7sim.m3ua.node.AsConfig#allowing}). ASP
 *       Active naming an RC that is unknown or not configured for that ASP: ERR Invalid Routing
 *       Context (0x19) with the RC ({@code REFUSED_ROUTING_CONTEXTS}); without an RC it activates
 *       only the ASes configured for that ASP, or gets ERR No Configured AS for ASP (0x1a, {@code
 *       REFUSED_NO_CONFIGURED_AS}); a traffic mode other than the AS's: ERR Unsupported Traffic
 *       Mode Type (0x05, {@code REFUSED_TRAFFIC_MODES}).
 *   <li>DATA with an RC the sending ASP is not active for, or an unknown one: ERR 0x19, dropped,
 *       {@code REFUSED_DATA}; DATA with another Network Appearance than the link's: ERR 0x15,
 *       {@code REFUSED_NETWORK_APPEARANCES}. Network Appearance and ASP Identifier are per link.
 *   <li>An AS created by REG REQ is bound to the server and address of the ASP that registered it.
 *   <li>ERR answers (per association) and logged refusal closes (per address and server) spend a
 *       token bucket on the node's clock ({@link
 *       org.ss7sim.m3ua.node.M3uaNodeBuilder#errorRateLimit}); beyond it they are dropped and
 *       counted ({@code ERR_SUPPRESSED}, {@code REFUSALS_SUPPRESSED}).
 * </ul>
 *
 * Every refusal has a {@link org.ss7sim.m3ua.node.Counter} read with {@link
 * org.ss7sim.m3ua.node.M3uaNode#counter}.
 *
 * <p>One thread owns a node: the transports' callback thread, its timers and callers of {@link
 * org.ss7sim.mtp.MtpService#transfer} must all be that thread (use {@link
 * org.ss7sim.m3ua.node.M3uaNode#execute} from elsewhere).
 */
package org.ss7sim.m3ua.node;
