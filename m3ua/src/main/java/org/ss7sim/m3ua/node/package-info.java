/**
 * An M3UA signalling point (RFC 4666 §1.4, §4): {@link org.ss7sim.m3ua.node.M3uaNode} implements
 * the MTP3 service ({@link org.ss7sim.mtp.MtpService}) over associations in ASP, SGP or IPSP roles,
 * with application servers and their traffic modes, routing contexts (static and registered with
 * REG REQ, §4.4), heartbeats (§4.3.4.6), SSNM towards ASPs (§4.5: DUNA, DAVA, DAUD, SCON, DUPU,
 * DRST), the ERR answers of §3.8.1, and point-code routing with STP forwarding through an {@link
 * org.ss7sim.mtp.routing.RoutingTable}.
 *
 * <p>One thread owns a node: the transports' callback thread, its timers and callers of {@link
 * org.ss7sim.mtp.MtpService#transfer} must all be that thread (use {@link
 * org.ss7sim.m3ua.node.M3uaNode#execute} from elsewhere).
 */
package org.ss7sim.m3ua.node;
