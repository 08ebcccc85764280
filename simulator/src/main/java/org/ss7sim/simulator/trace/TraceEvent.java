package org.ss7sim.simulator.trace;

import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.Endpoint;

/**
 * One message seen on the wire between two nodes.
 *
 * @param epochMicros when it was sent
 * @param from sending node's name
 * @param to receiving node's name
 * @param flow the call or message it belongs to (e.g. {@code call-1}), or empty
 * @param label what a ladder shows, e.g. {@code IAM cic=5} or {@code TC-BEGIN mt-forwardSM}
 * @param carrier how it travelled: M3UA over SCTP (pcap as SCTP DATA, PPID 3), SMPP over TCP, or
 *     SIP over UDP or TCP
 * @param bytes the M3UA message, SMPP PDU or SIP message
 */
public record TraceEvent(
    long epochMicros,
    String from,
    String to,
    String flow,
    String label,
    Carrier carrier,
    Endpoint source,
    Endpoint destination,
    int streamId,
    Octets bytes) {

  /** How a traced message travelled. */
  public enum Carrier {
    M3UA,
    SMPP,
    /** A SIP message over UDP (pcap: one UDP datagram). */
    SIP_UDP,
    /** A SIP message over TCP (pcap: one TCP segment). */
    SIP_TCP
  }
}
