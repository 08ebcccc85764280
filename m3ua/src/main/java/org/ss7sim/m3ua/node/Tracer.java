package org.ss7sim.m3ua.node;

import org.ss7sim.wire.Octets;

/** Sees every M3UA message a node sends or receives (for pcap tracing and ladder diagrams). */
@FunctionalInterface
public interface Tracer {
  Tracer NONE = (link, outbound, streamId, message) -> {};

  /**
   * @param link the association's name
   * @param outbound true when sent by this node
   */
  void trace(String link, boolean outbound, int streamId, Octets message);
}
