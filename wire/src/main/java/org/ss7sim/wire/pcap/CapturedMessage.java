package org.ss7sim.wire.pcap;

import org.ss7sim.wire.Octets;

/**
 * One message found in a capture: an SCTP user message (one DATA chunk, or its fragments joined,
 * RFC 4960 §6.9) one PDU cut from a TCP stream (SMPP or M3UA by their length fields, SIP by its
 * header end and Content-Length), or one UDP datagram.
 *
 * @param frame 1-based number of the frame that carried it, or its last part
 * @param epochMicros capture time in microseconds since the epoch
 * @param streamId SCTP stream identifier, 0 for TCP and UDP
 * @param ppid SCTP payload protocol identifier (3 = M3UA, 5 = M2PA), 0 for TCP and UDP
 */
public record CapturedMessage(
    int frame,
    long epochMicros,
    TransportKind transport,
    Endpoint source,
    Endpoint destination,
    int streamId,
    long ppid,
    Octets payload) {}
