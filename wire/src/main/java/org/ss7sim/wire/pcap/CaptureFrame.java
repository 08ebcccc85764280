package org.ss7sim.wire.pcap;

import org.ss7sim.wire.Octets;

/**
 * One record of a capture file, as {@link PcapReader#next()} yields it.
 *
 * @param number 1-based frame number in the file (pcap records, pcapng packet blocks)
 * @param epochMicros capture time in microseconds since the epoch (0 for pcapng Simple Packet
 *     Blocks, which have none)
 * @param linkType the LINKTYPE_ value of the interface the frame was captured on
 * @param data the captured octets, starting with the link-layer header
 */
public record CaptureFrame(int number, long epochMicros, int linkType, Octets data) {
  public CaptureFrame {
    java.util.Objects.requireNonNull(data, "data");
  }
}
