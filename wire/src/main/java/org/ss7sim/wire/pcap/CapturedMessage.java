package org.ss7sim.wire.pcap;

import org.ss7sim.wire.Octets;

/**
 * One payload found in a capture: an SCTP DATA chunk's user data or a TCP segment's payload.
 *
 * @param frame 1-based frame number in the file
 * @param epochMicros capture time in microseconds since the epoch
 * @param streamId SCTP stream identifier, 0 for TCP
 * @param ppid SCTP payload protocol identifier (3 = M3UA, 5 = M2PA), 0 for TCP
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
