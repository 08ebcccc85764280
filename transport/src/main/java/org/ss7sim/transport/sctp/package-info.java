/**
 * Kernel SCTP (RFC 4960) through netty-transport-sctp and {@code jdk.sctp}: one M3UA message per
 * SCTP DATA message, stream id and PPID (3 for M3UA, RFC 4666 §1.4.8) carried, multi-homing by
 * binding several local addresses. Where the kernel has no SCTP, opening fails with one {@link
 * org.ss7sim.transport.TransportUnavailableException} line naming the alternatives.
 */
package org.ss7sim.transport.sctp;
