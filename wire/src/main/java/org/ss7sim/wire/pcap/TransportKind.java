package org.ss7sim.wire.pcap;

/** The transport a captured payload travelled on. */
public enum TransportKind {
  SCTP,
  TCP
}
