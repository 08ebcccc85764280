/**
 * One message-oriented association interface ({@link org.ss7sim.transport.Association}) with three
 * implementations: kernel SCTP ({@code sctp}, RFC 4960 semantics: streams, PPID, multi-homing), TCP
 * with M3UA length framing ({@code tcp}) and in-JVM hand-off ({@code injvm}).
 *
 * <p>Events (up, down, restart, message) reach an {@link org.ss7sim.transport.AssociationListener}
 * on the thread that owns the association: the Netty event loop the caller passed in, or the in-JVM
 * executor. This module is the only user of Netty in ss7sim; the caller (the simulator) creates and
 * shuts down event loop groups.
 */
package org.ss7sim.transport;
