package org.ss7sim.simulator.config.network;

/** What carries a link's M3UA messages (DESIGN.md §2). */
public enum TransportKind {
  /** M3UA over TCP, framed by the M3UA length field; the default. */
  TCP,
  /** Inside one JVM, no sockets. */
  INJVM,
  /** Kernel SCTP, where the machine has it. */
  SCTP
}
