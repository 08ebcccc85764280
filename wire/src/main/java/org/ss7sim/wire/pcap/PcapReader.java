package org.ss7sim.wire.pcap;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;

/**
 * Reads capture files and yields the signaling payloads in them: the user data of every SCTP DATA
 * chunk and the payload of every non-empty TCP segment, each with its frame number and time.
 *
 * <p>Formats: classic pcap in either byte order with micro- or nanosecond timestamps, and pcapng
 * (Section Header, Interface Description and Enhanced/Simple Packet Blocks). Link types: Ethernet
 * (with 802.1Q tags), Linux cooked v1/v2, raw IPv4, BSD loopback. IPv4 only; fragments and other
 * protocols are skipped. TCP payloads are not reassembled across segments.
 */
public final class PcapReader {
  private static final long MAGIC_MICROS = 0xa1b2c3d4L;
  private static final long MAGIC_NANOS = 0xa1b23c4dL;
  private static final long MAGIC_MICROS_SWAPPED = 0xd4c3b2a1L;
  private static final long MAGIC_NANOS_SWAPPED = 0x4d3cb2a1L;
  private static final long PCAPNG_SHB = 0x0a0d0d0aL;

  private static final int LINKTYPE_NULL = 0;
  private static final int LINKTYPE_ETHERNET = 1;
  private static final int LINKTYPE_RAW = 101;
  private static final int LINKTYPE_LINUX_SLL = 113;
  private static final int LINKTYPE_IPV4 = 228;
  private static final int LINKTYPE_LINUX_SLL2 = 276;

  private PcapReader() {}

  /** Reads every payload of {@code file}. */
  public static List<CapturedMessage> read(Path file)
      throws IOException, MalformedMessageException {
    return read(Octets.wrap(Files.readAllBytes(file)));
  }

  /** Reads every payload of a capture held in memory. */
  /**
   * Whether {@code data} starts with a magic number this reader knows: classic pcap (either byte
   * order, micro- or nanosecond) or a pcapng Section Header Block.
   */
  public static boolean isCapture(Octets data) {
    if (data.length() < 4) {
      return false;
    }
    long magic = (long) data.get(0) << 24 | data.get(1) << 16 | data.get(2) << 8 | data.get(3);
    return magic == PCAPNG_SHB
        || magic == MAGIC_MICROS
        || magic == MAGIC_NANOS
        || magic == MAGIC_MICROS_SWAPPED
        || magic == MAGIC_NANOS_SWAPPED;
  }

  public static List<CapturedMessage> read(Octets capture) throws MalformedMessageException {
    if (capture.length() < 4) {
      throw new MalformedMessageException("not a capture file: " + capture.length() + " octets", 0);
    }
    long magic = capture.reader().readU32();
    if (magic == PCAPNG_SHB) {
      return readPcapng(capture);
    }
    return readClassic(capture);
  }

  private static List<CapturedMessage> readClassic(Octets capture)
      throws MalformedMessageException {
    ByteOrderReader in = new ByteOrderReader(capture.reader(), false);
    long magic = in.reader.readU32();
    boolean nanos;
    if (magic == MAGIC_MICROS || magic == MAGIC_NANOS) {
      in.littleEndian = false;
      nanos = magic == MAGIC_NANOS;
    } else if (magic == MAGIC_MICROS_SWAPPED || magic == MAGIC_NANOS_SWAPPED) {
      in.littleEndian = true;
      nanos = magic == MAGIC_NANOS_SWAPPED;
    } else {
      throw new MalformedMessageException(String.format("unknown capture magic 0x%08x", magic), 0);
    }
    in.reader.skip(16); // version, thiszone, sigfigs, snaplen
    int linkType = (int) (in.u32() & 0x0fffffff);
    List<CapturedMessage> out = new ArrayList<>();
    int frame = 0;
    while (in.reader.hasRemaining()) {
      long seconds = in.u32();
      long fraction = in.u32();
      int captured = (int) in.u32();
      in.u32(); // original length
      frame++;
      Octets packet = in.reader.readOctets(captured);
      long micros = seconds * 1_000_000L + (nanos ? fraction / 1000 : fraction);
      decodeLinkLayer(linkType, frame, micros, packet, out);
    }
    return out;
  }

  private static List<CapturedMessage> readPcapng(Octets capture) throws MalformedMessageException {
    List<CapturedMessage> out = new ArrayList<>();
    List<int[]> interfaces = new ArrayList<>(); // {linkType, tsresolExponent10}
    ByteOrderReader in = new ByteOrderReader(capture.reader(), false);
    int frame = 0;
    while (in.reader.hasRemaining()) {
      int blockStart = in.reader.offset();
      long type = in.reader.readU32();
      if (type == PCAPNG_SHB) {
        // Section Header Block: the byte-order magic 0x1a2b3c4d follows the block length.
        int firstMagicOctet = in.reader.peekU8(4);
        if (firstMagicOctet != 0x1a && firstMagicOctet != 0x4d) {
          throw new MalformedMessageException("pcapng byte-order magic missing", blockStart + 8);
        }
        in.littleEndian = firstMagicOctet == 0x4d;
        interfaces.clear();
      } else if (in.littleEndian) {
        type = Long.reverseBytes(type) >>> 32;
      }
      long length = in.u32();
      if (length < 12 || length % 4 != 0 || length - 8 > in.reader.remaining()) {
        throw new MalformedMessageException("pcapng block length " + length, blockStart);
      }
      WireReader body = in.reader.limited((int) length - 12);
      in.reader.skip(4); // trailing length
      ByteOrderReader b = new ByteOrderReader(body, in.littleEndian);
      if (type == 1) { // Interface Description Block
        int linkType = b.u16();
        b.reader.skip(6);
        interfaces.add(new int[] {linkType, readTsresol(b)});
      } else if (type == 6) { // Enhanced Packet Block
        int iface = (int) b.u32();
        long high = b.u32();
        long low = b.u32();
        int captured = (int) b.u32();
        b.u32();
        frame++;
        if (iface >= interfaces.size()) {
          throw new MalformedMessageException(
              "packet on undeclared interface " + iface, blockStart);
        }
        Octets packet = b.reader.readOctets(captured);
        long ticks = (high << 32) | low;
        decodeLinkLayer(
            interfaces.get(iface)[0],
            frame,
            toMicros(ticks, interfaces.get(iface)[1]),
            packet,
            out);
      } else if (type == 3) { // Simple Packet Block
        int original = (int) b.u32();
        frame++;
        if (interfaces.isEmpty()) {
          throw new MalformedMessageException("packet before any interface", blockStart);
        }
        Octets packet = b.reader.readOctets(Math.min(original, b.reader.remaining()));
        decodeLinkLayer(interfaces.get(0)[0], frame, 0, packet, out);
      }
    }
    return out;
  }

  /** Returns the if_tsresol exponent (microseconds, 6, by default); negative means base 2. */
  private static int readTsresol(ByteOrderReader b) throws MalformedMessageException {
    while (b.reader.remaining() >= 4) {
      int code = b.u16();
      int len = b.u16();
      if (code == 0) {
        break;
      }
      Octets value = b.reader.readOctets(len);
      b.reader.skip(Math.min(b.reader.remaining(), (4 - len % 4) % 4));
      if (code == 9 && len >= 1) {
        int v = value.get(0);
        return (v & 0x80) != 0 ? -(v & 0x7f) : v;
      }
    }
    return 6;
  }

  private static long toMicros(long ticks, int tsresol) {
    if (tsresol < 0) {
      return (long) (ticks / Math.pow(2, -tsresol) * 1_000_000);
    }
    if (tsresol >= 6) {
      long div = 1;
      for (int i = 6; i < tsresol; i++) {
        div *= 10;
      }
      return ticks / div;
    }
    long mul = 1;
    for (int i = tsresol; i < 6; i++) {
      mul *= 10;
    }
    return ticks * mul;
  }

  private static void decodeLinkLayer(
      int linkType, int frame, long micros, Octets packet, List<CapturedMessage> out)
      throws MalformedMessageException {
    WireReader r = packet.reader();
    switch (linkType) {
      case LINKTYPE_ETHERNET -> {
        if (r.remaining() < 14) {
          return;
        }
        r.skip(12);
        int etherType = r.readU16();
        while (etherType == 0x8100 || etherType == 0x88a8) {
          if (r.remaining() < 4) {
            return;
          }
          r.skip(2);
          etherType = r.readU16();
        }
        if (etherType == 0x0800) {
          decodeIpv4(frame, micros, r, out);
        }
      }
      case LINKTYPE_LINUX_SLL -> {
        if (r.remaining() < 16) {
          return;
        }
        r.skip(14);
        if (r.readU16() == 0x0800) {
          decodeIpv4(frame, micros, r, out);
        }
      }
      case LINKTYPE_LINUX_SLL2 -> {
        if (r.remaining() < 20 || r.readU16() != 0x0800) {
          return;
        }
        r.skip(18);
        decodeIpv4(frame, micros, r, out);
      }
      case LINKTYPE_RAW, LINKTYPE_IPV4 -> decodeIpv4(frame, micros, r, out);
      case LINKTYPE_NULL -> {
        if (r.remaining() < 4) {
          return;
        }
        r.skip(4);
        decodeIpv4(frame, micros, r, out);
      }
      default -> {
        // Not a link type that carries IP: nothing of ours in it.
      }
    }
  }

  private static void decodeIpv4(int frame, long micros, WireReader r, List<CapturedMessage> out)
      throws MalformedMessageException {
    if (r.remaining() < 20 || (r.peekU8() >>> 4) != 4) {
      return;
    }
    int ipStart = r.offset();
    int headerLength = (r.readU8() & 0x0f) * 4;
    r.skip(1);
    int totalLength = r.readU16();
    r.skip(2);
    int fragment = r.readU16();
    r.skip(1);
    int protocol = r.readU8();
    r.skip(2);
    Inet4Address source = address(r.readOctets(4));
    Inet4Address destination = address(r.readOctets(4));
    if ((fragment & 0x3fff) != 0) {
      return; // a fragment: not reassembled
    }
    int consumed = r.offset() - ipStart;
    if (headerLength < 20 || totalLength < headerLength) {
      return;
    }
    r.skip(Math.min(headerLength - consumed, r.remaining()));
    int payloadLength = Math.min(totalLength - headerLength, r.remaining());
    WireReader payload = r.limited(payloadLength);
    if (protocol == 132) {
      decodeSctp(frame, micros, source, destination, payload, out);
    } else if (protocol == 6) {
      decodeTcp(frame, micros, source, destination, payload, out);
    }
  }

  private static void decodeSctp(
      int frame,
      long micros,
      Inet4Address src,
      Inet4Address dst,
      WireReader r,
      List<CapturedMessage> out)
      throws MalformedMessageException {
    if (r.remaining() < 12) {
      return;
    }
    Endpoint source = new Endpoint(src, r.readU16());
    Endpoint destination = new Endpoint(dst, r.readU16());
    r.skip(8);
    while (r.remaining() >= 4) {
      int type = r.readU8();
      r.skip(1);
      int length = r.readU16();
      if (length < 4 || length - 4 > r.remaining()) {
        return; // a broken chunk ends the packet
      }
      WireReader chunk = r.limited(length - 4);
      r.skip(Math.min(r.remaining(), (4 - length % 4) % 4));
      if (type == 0 && length >= 16) {
        chunk.skip(4); // TSN
        int stream = chunk.readU16();
        chunk.skip(2);
        long ppid = chunk.readU32();
        out.add(
            new CapturedMessage(
                frame,
                micros,
                TransportKind.SCTP,
                source,
                destination,
                stream,
                ppid,
                chunk.readRemaining()));
      }
    }
  }

  private static void decodeTcp(
      int frame,
      long micros,
      Inet4Address src,
      Inet4Address dst,
      WireReader r,
      List<CapturedMessage> out)
      throws MalformedMessageException {
    if (r.remaining() < 20) {
      return;
    }
    Endpoint source = new Endpoint(src, r.readU16());
    Endpoint destination = new Endpoint(dst, r.readU16());
    r.skip(8);
    int dataOffset = (r.readU8() >>> 4) * 4;
    if (dataOffset < 20 || dataOffset - 13 > r.remaining()) {
      return;
    }
    r.skip(dataOffset - 13);
    if (r.hasRemaining()) {
      out.add(
          new CapturedMessage(
              frame, micros, TransportKind.TCP, source, destination, 0, 0, r.readRemaining()));
    }
  }

  private static Inet4Address address(Octets four) {
    try {
      return (Inet4Address) InetAddress.getByAddress(four.toByteArray());
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four octets are always an IPv4 address", e);
    }
  }

  /** A reader whose 16/32-bit reads follow the file's byte order. */
  private static final class ByteOrderReader {
    final WireReader reader;
    boolean littleEndian;

    ByteOrderReader(WireReader reader, boolean littleEndian) {
      this.reader = reader;
      this.littleEndian = littleEndian;
    }

    long u32() throws MalformedMessageException {
      return littleEndian ? reader.readU32Le() : reader.readU32();
    }

    int u16() throws MalformedMessageException {
      return littleEndian ? reader.readU16Le() : reader.readU16();
    }
  }
}
