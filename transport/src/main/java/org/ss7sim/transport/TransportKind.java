package org.ss7sim.transport;

/** The three association implementations. */
public enum TransportKind {
  /** Kernel SCTP (RFC 4960) through netty-transport-sctp: streams, PPID, multi-homing. */
  SCTP,
  /** TCP carrying M3UA messages framed by their own length field (RFC 4666 §3.1). */
  TCP,
  /** Direct hand-off inside one JVM, with optional injected delay and loss. */
  IN_JVM
}
