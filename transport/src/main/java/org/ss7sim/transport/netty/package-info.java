/**
 * What the Netty-backed transports (TCP, kernel SCTP) share: an association's life cycle on one
 * event loop with client reconnection and back-off ({@link
 * org.ss7sim.transport.netty.ChannelAssociation}), and a bound server with the associations it
 * accepted ({@link org.ss7sim.transport.netty.ChannelServer}). Framing and the wire format stay in
 * the {@code tcp} and {@code sctp} packages.
 */
package org.ss7sim.transport.netty;
