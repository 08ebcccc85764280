package org.ss7sim.wire.pcap;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.Tlv;
import org.ss7sim.wire.WireWriter;

/**
 * Writes a classic libpcap file (microsecond timestamps, link type Ethernet) in which each traced
 * message is one frame:
 *
 * <pre>
 * Ethernet II (14) | IPv4 (20, no options) | SCTP common header (12) | DATA chunk (16 + data + pad)
 * </pre>
 *
 * or, for TCP-carried protocols such as SMPP, Ethernet | IPv4 | TCP (20, PSH+ACK) | payload with
 * sequence numbers tracked per direction; or, for datagrams such as SIP over UDP, Ethernet | IPv4 |
 * UDP (8, RFC 768, checksum over the pseudo-header) | payload.
 *
 * <p>The SCTP checksum is CRC32c (RFC 4960 §6.8, Appendix B), stored least significant octet first.
 * TSNs count up per direction from 1; the verification tag is derived from the ports. All methods
 * are thread-safe; output is buffered and written on {@link #flush()} and {@link #close()}.
 */
public final class PcapWriter implements Closeable {
  /** SCTP payload protocol identifier for M3UA (RFC 4666 §1.4.8). */
  public static final int PPID_M3UA = 3;

  private static final int LINKTYPE_ETHERNET = 1;
  private static final int SNAPLEN = 262_144;
  private static final int IP_PROTO_TCP = 6;
  private static final int IP_PROTO_UDP = 17;
  private static final int IP_PROTO_SCTP = 132;

  private final OutputStream out;
  private final WireWriter frame = new WireWriter(2048);
  private final Map<String, long[]> nextSequence = new HashMap<>();
  private int ipId;
  private boolean closed;

  /** Starts a new capture on {@code stream}; writes the global header immediately. */
  public PcapWriter(OutputStream stream) {
    this.out = new BufferedOutputStream(stream, 1 << 16);
    WireWriter header = new WireWriter(24);
    // Written big-endian: readers take the byte order from the magic number.
    header.writeU32(0xa1b2c3d4L).writeU16(2).writeU16(4).writeI32(0).writeU32(0);
    header.writeU32(SNAPLEN).writeU32(LINKTYPE_ETHERNET);
    write(header.toByteArray());
  }

  /** Creates (or truncates) {@code file} and starts a capture in it. */
  public static PcapWriter create(Path file) throws IOException {
    return new PcapWriter(Files.newOutputStream(file));
  }

  /** Writes one SCTP packet with a single DATA chunk (unfragmented, ordered). */
  public synchronized void writeSctpData(
      long epochMicros,
      Endpoint source,
      Endpoint destination,
      int streamId,
      long ppid,
      Octets payload) {
    checkOpen();
    long tsn = nextValue("sctp " + source + ">" + destination, 1);
    advance("sctp " + source + ">" + destination, 1);
    writeSctpChunks(
        epochMicros,
        source,
        destination,
        java.util.List.of(
            new SctpDataChunk(
                tsn, streamId, (int) (tsn - 1) & 0xffff, ppid, false, true, true, payload)));
  }

  /**
   * Writes one SCTP packet bundling {@code chunks} as given (RFC 4960 §6.10): TSNs, stream sequence
   * numbers and the U/B/E bits are the caller's, so fragmented (§6.9) and unordered messages can be
   * written as a peer would send them.
   */
  public synchronized void writeSctpChunks(
      long epochMicros,
      Endpoint source,
      Endpoint destination,
      java.util.List<SctpDataChunk> chunks) {
    checkOpen();
    frame.reset();
    int ipStart = writeEthernetAndIpHeader(source, destination, IP_PROTO_SCTP);
    int sctpStart = frame.position();
    frame.writeU16(source.port()).writeU16(destination.port());
    frame.writeU32(verificationTag(source, destination));
    int checksumAt = frame.reserve(4);
    for (SctpDataChunk c : chunks) {
      // DATA chunk, RFC 4960 §3.3.1: type 0, flags U B E, length excludes padding.
      int flags = (c.unordered() ? 4 : 0) | (c.beginning() ? 2 : 0) | (c.ending() ? 1 : 0);
      frame.writeU8(0).writeU8(flags).writeU16(16 + c.userData().length());
      frame.writeU32(c.tsn()).writeU16(c.streamId()).writeU16(c.streamSequence());
      frame.writeU32(c.ppid());
      frame.writeOctets(c.userData());
      frame.writeZeros(Tlv.padding(c.userData().length(), 4));
    }
    patchIpHeader(ipStart);
    CRC32C crc = new CRC32C();
    byte[] bytes = frame.toByteArray();
    crc.update(bytes, sctpStart, bytes.length - sctpStart);
    long c = crc.getValue();
    bytes[checksumAt] = (byte) c;
    bytes[checksumAt + 1] = (byte) (c >>> 8);
    bytes[checksumAt + 2] = (byte) (c >>> 16);
    bytes[checksumAt + 3] = (byte) (c >>> 24);
    writeRecord(epochMicros, bytes);
  }

  /** Writes one M3UA message as SCTP DATA with PPID 3. */
  public void writeM3ua(
      long epochMicros, Endpoint source, Endpoint destination, int streamId, Octets m3ua) {
    writeSctpData(epochMicros, source, destination, streamId, PPID_M3UA, m3ua);
  }

  /**
   * Writes one TCP segment (PSH, ACK) carrying {@code payload}; sequence and acknowledgement
   * numbers follow the bytes already written in each direction.
   */
  public synchronized void writeTcp(
      long epochMicros, Endpoint source, Endpoint destination, Octets payload) {
    checkOpen();
    String forward = "tcp " + source + ">" + destination;
    long seq = nextValue(forward, 1);
    advance(forward, payload.length());
    writeTcpSegment(epochMicros, source, destination, seq, 0x18, payload);
  }

  /**
   * Writes one TCP segment with the sequence number and flags given (SYN 0x02, FIN 0x01, PSH 0x08,
   * ACK 0x10), as for retransmitted or reordered segments; the per-direction counters of {@link
   * #writeTcp} are not moved.
   */
  public synchronized void writeTcpSegment(
      long epochMicros,
      Endpoint source,
      Endpoint destination,
      long sequence,
      int flags,
      Octets payload) {
    checkOpen();
    long ack = nextValue("tcp " + destination + ">" + source, 1);
    frame.reset();
    int ipStart = writeEthernetAndIpHeader(source, destination, IP_PROTO_TCP);
    int tcpStart = frame.position();
    frame.writeU16(source.port()).writeU16(destination.port());
    frame.writeU32(sequence & 0xffffffffL).writeU32(ack & 0xffffffffL);
    frame.writeU8(5 << 4).writeU8(flags).writeU16(65535);
    int checksumAt = frame.reserve(2);
    frame.writeU16(0);
    frame.writeOctets(payload);
    patchIpHeader(ipStart);
    byte[] bytes = frame.toByteArray();
    int tcpLength = bytes.length - tcpStart;
    long sum = 0;
    for (int i = 0; i < 8; i += 2) { // pseudo-header: source and destination address
      sum += ((bytes[ipStart + 12 + i] & 0xff) << 8) | (bytes[ipStart + 13 + i] & 0xff);
    }
    sum += IP_PROTO_TCP + tcpLength;
    int checksum = onesComplement(bytes, tcpStart, tcpLength, sum);
    bytes[checksumAt] = (byte) (checksum >>> 8);
    bytes[checksumAt + 1] = (byte) checksum;
    writeRecord(epochMicros, bytes);
  }

  /** Writes one UDP datagram carrying {@code payload} (RFC 768). */
  public synchronized void writeUdp(
      long epochMicros, Endpoint source, Endpoint destination, Octets payload) {
    checkOpen();
    frame.reset();
    int ipStart = writeEthernetAndIpHeader(source, destination, IP_PROTO_UDP);
    int udpStart = frame.position();
    frame.writeU16(source.port()).writeU16(destination.port());
    frame.writeU16(8 + payload.length());
    int checksumAt = frame.reserve(2);
    frame.writeOctets(payload);
    patchIpHeader(ipStart);
    byte[] bytes = frame.toByteArray();
    int udpLength = bytes.length - udpStart;
    long sum = 0;
    for (int i = 0; i < 8; i += 2) { // pseudo-header: source and destination address
      sum += ((bytes[ipStart + 12 + i] & 0xff) << 8) | (bytes[ipStart + 13 + i] & 0xff);
    }
    sum += IP_PROTO_UDP + udpLength;
    int checksum = onesComplement(bytes, udpStart, udpLength, sum);
    if (checksum == 0) {
      checksum = 0xffff; // RFC 768: a computed zero is sent as all ones
    }
    bytes[checksumAt] = (byte) (checksum >>> 8);
    bytes[checksumAt + 1] = (byte) checksum;
    writeRecord(epochMicros, bytes);
  }

  public synchronized void flush() {
    if (closed) {
      return;
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int writeEthernetAndIpHeader(Endpoint source, Endpoint destination, int protocol) {
    // Locally administered MAC addresses derived from the IPv4 addresses.
    writeMac(destination);
    writeMac(source);
    frame.writeU16(0x0800);
    int ipStart = frame.position();
    frame.writeU8(0x45).writeU8(0).reserve(2); // version/IHL, DSCP, total length
    frame.writeU16(ipId++ & 0xffff).writeU16(0x4000); // identification, DF
    frame.writeU8(64).writeU8(protocol).reserve(2); // TTL, protocol, header checksum
    frame.writeBytes(source.address().getAddress(), 0, 4);
    frame.writeBytes(destination.address().getAddress(), 0, 4);
    return ipStart;
  }

  private void writeMac(Endpoint e) {
    frame.writeU16(0x0200).writeBytes(e.address().getAddress(), 0, 4);
  }

  private void patchIpHeader(int ipStart) {
    frame.patchU16(ipStart + 2, frame.position() - ipStart);
    byte[] header = new byte[20];
    for (int i = 0; i < 20; i++) {
      header[i] = (byte) frame.byteAt(ipStart + i);
    }
    frame.patchU16(ipStart + 10, onesComplement(header, 0, 20, 0));
  }

  private static int onesComplement(byte[] b, int offset, int length, long initial) {
    long sum = initial;
    for (int i = 0; i + 1 < length; i += 2) {
      sum += ((b[offset + i] & 0xff) << 8) | (b[offset + i + 1] & 0xff);
    }
    if (length % 2 == 1) {
      sum += (b[offset + length - 1] & 0xff) << 8;
    }
    while ((sum >>> 16) != 0) {
      sum = (sum & 0xffff) + (sum >>> 16);
    }
    return (int) (~sum & 0xffff);
  }

  private static long verificationTag(Endpoint source, Endpoint destination) {
    // Both directions of an association share no tag in real SCTP; a stable per-direction value
    // is enough for dissectors, which do not validate it without the INIT exchange.
    return ((long) destination.port() << 16 | source.port()) & 0xffffffffL;
  }

  private long nextValue(String key, long initial) {
    return nextSequence.computeIfAbsent(key, k -> new long[] {initial})[0];
  }

  private void advance(String key, long by) {
    nextSequence.get(key)[0] += by;
  }

  private void writeRecord(long epochMicros, byte[] packet) {
    WireWriter header = new WireWriter(16);
    header.writeU32(Math.floorDiv(epochMicros, 1_000_000L));
    header.writeU32(Math.floorMod(epochMicros, 1_000_000L));
    header.writeU32(packet.length).writeU32(packet.length);
    write(header.toByteArray());
    write(packet);
  }

  private void write(byte[] bytes) {
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("pcap writer is closed");
    }
  }
}
