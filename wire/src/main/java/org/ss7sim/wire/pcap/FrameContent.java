package org.ss7sim.wire.pcap;

import java.util.List;
import org.ss7sim.wire.Octets;

/**
 * What {@link FrameDissector} finds in one frame: SCTP DATA chunks, a TCP segment, a UDP datagram,
 * or none of these.
 */
public sealed interface FrameContent {
  /**
   * An SCTP packet with at least one DATA chunk, in packet order (bundling, RFC 4960 §6.10).
   *
   * @param trailing what follows the last chunk that is not a chunk (octets too few for a chunk
   *     header, a chunk longer than the packet), or empty
   */
  record Sctp(Endpoint source, Endpoint destination, List<SctpDataChunk> chunks, String trailing)
      implements FrameContent {
    public Sctp {
      chunks = List.copyOf(chunks);
    }
  }

  /**
   * A TCP segment (RFC 9293 §3.1), payload possibly empty.
   *
   * @param flags the TCP flag octet (FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10)
   */
  record Tcp(Endpoint source, Endpoint destination, long sequence, int flags, Octets payload)
      implements FrameContent {
    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;

    public boolean has(int flag) {
      return (flags & flag) != 0;
    }
  }

  /** A UDP datagram (RFC 768 header), its payload as long as the UDP length says. */
  record Udp(Endpoint source, Endpoint destination, Octets payload) implements FrameContent {}

  /**
   * Nothing decode reads.
   *
   * @param kind a short category for counting, e.g. {@code unknown link type 147}
   * @param reason the line shown for the frame
   */
  record Skipped(String kind, String reason) implements FrameContent {}
}
