package org.ss7sim.wire.pcap;

import org.ss7sim.wire.Octets;

/**
 * One SCTP DATA chunk (RFC 4960 §3.3.1):
 *
 * <pre>
 *  0                   1                   2                   3
 * +---------------+---------+-+-+-+-------------------------------+
 * |   Type = 0    | Reserved|U|B|E|    Length                     |
 * +---------------+---------+-+-+-+-------------------------------+
 * |                              TSN                              |
 * +-------------------------------+-------------------------------+
 * |      Stream Identifier S      |   Stream Sequence Number n    |
 * +-------------------------------+-------------------------------+
 * |                  Payload Protocol Identifier                  |
 * +---------------------------------------------------------------+
 * |                 User Data (seq n of Stream S)                 |
 * </pre>
 *
 * @param unordered the U bit: delivered without regard to the stream sequence number
 * @param beginning the B bit: the first fragment of a user message
 * @param ending the E bit: the last fragment (B and E together: an unfragmented message)
 */
public record SctpDataChunk(
    long tsn,
    int streamId,
    int streamSequence,
    long ppid,
    boolean unordered,
    boolean beginning,
    boolean ending,
    Octets userData) {
  public SctpDataChunk {
    java.util.Objects.requireNonNull(userData, "userData");
  }

  /** Whether this chunk holds a whole user message (B and E set). */
  public boolean whole() {
    return beginning && ending;
  }

  /** {@code first}, {@code middle}, {@code last} or {@code whole}. */
  public String position() {
    return whole() ? "whole" : beginning ? "first" : ending ? "last" : "middle";
  }
}
