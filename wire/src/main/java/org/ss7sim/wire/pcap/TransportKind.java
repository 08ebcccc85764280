package org.ss7sim.wire.pcap;

/** The transport a captured payload travelled on. */
public enum TransportKind {
  SCTP,
  TCP,
  /** A UDP datagram (RFC 768), e.g. SIP over UDP beside the SS7 frames. */
  UDP
}
