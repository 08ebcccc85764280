/**
 * MTP3 routing (Q.704 §2): the routing label codec (§2.2), and the routing table an STP or an end
 * point uses to choose the outgoing route for a destination point code: DPC with a mask, routes
 * with priorities (primary/alternate, Q.704 §4.2) and load sharing over equally preferred available
 * routes by SLS (§2.3).
 */
package org.ss7sim.mtp.routing;
