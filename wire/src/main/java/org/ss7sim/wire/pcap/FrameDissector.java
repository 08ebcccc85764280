package org.ss7sim.wire.pcap;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;

/**
 * Takes one frame apart down to the transport: link layer (Ethernet with 802.1Q/802.1ad tags, Linux
 * cooked v1/v2, raw IP, BSD loopback), IPv4 (RFC 791), then SCTP (RFC 4960 §3), TCP (RFC 9293 §3.1)
 * or UDP (RFC 768). Whatever it cannot take apart it names: the link type, the ether type, IPv6, an
 * IP fragment, another IP protocol, an SCTP packet without DATA.
 */
public final class FrameDissector {
  static final int LINKTYPE_NULL = 0;
  static final int LINKTYPE_ETHERNET = 1;
  static final int LINKTYPE_RAW = 101;
  static final int LINKTYPE_LINUX_SLL = 113;
  static final int LINKTYPE_MTP2_WITH_PHDR = 139;
  static final int LINKTYPE_MTP2 = 140;
  static final int LINKTYPE_MTP3 = 141;
  static final int LINKTYPE_SCCP = 142;
  static final int LINKTYPE_IPV4 = 228;
  static final int LINKTYPE_LINUX_SLL2 = 276;

  private static final int IP_PROTO_TCP = 6;
  private static final int IP_PROTO_UDP = 17;
  private static final int IP_PROTO_SCTP = 132;

  private FrameDissector() {}

  /** The transport content of {@code frame}. */
  public static FrameContent dissect(CaptureFrame frame) {
    try {
      return linkLayer(frame.linkType(), frame.data().reader());
    } catch (MalformedMessageException e) {
      // Every read above is bounds-checked first; this is a header we misjudged.
      return new FrameContent.Skipped("malformed headers", "headers malformed: " + e.getMessage());
    }
  }

  private static FrameContent linkLayer(int linkType, WireReader r)
      throws MalformedMessageException {
    switch (linkType) {
      case LINKTYPE_ETHERNET -> {
        if (r.remaining() < 14) {
          return short_("Ethernet header", r);
        }
        r.skip(12);
        int etherType = r.readU16();
        while (etherType == 0x8100 || etherType == 0x88a8) {
          if (r.remaining() < 4) {
            return short_("802.1Q tag", r);
          }
          r.skip(2);
          etherType = r.readU16();
        }
        return etherType(etherType, r);
      }
      case LINKTYPE_LINUX_SLL -> {
        if (r.remaining() < 16) {
          return short_("Linux cooked header", r);
        }
        r.skip(14);
        return etherType(r.readU16(), r);
      }
      case LINKTYPE_LINUX_SLL2 -> {
        if (r.remaining() < 20) {
          return short_("Linux cooked v2 header", r);
        }
        int etherType = r.readU16();
        r.skip(18);
        return etherType(etherType, r);
      }
      case LINKTYPE_RAW, LINKTYPE_IPV4 -> {
        return ip(r);
      }
      case LINKTYPE_NULL -> {
        if (r.remaining() < 4) {
          return short_("loopback header", r);
        }
        r.skip(4);
        return ip(r);
      }
      default -> {
        return new FrameContent.Skipped(
            "unknown link type " + linkType,
            "link type "
                + linkType
                + linkTypeName(linkType)
                + " is not read (Ethernet, Linux cooked, raw IPv4 and BSD loopback are)");
      }
    }
  }

  private static String linkTypeName(int linkType) {
    return switch (linkType) {
      case LINKTYPE_MTP2_WITH_PHDR -> " (MTP2 with pseudo-header)";
      case LINKTYPE_MTP2 -> " (MTP2)";
      case LINKTYPE_MTP3 -> " (MTP3)";
      case LINKTYPE_SCCP -> " (SCCP)";
      case 252 -> " (exported PDU)";
      default -> "";
    };
  }

  private static FrameContent etherType(int etherType, WireReader r)
      throws MalformedMessageException {
    return switch (etherType) {
      case 0x0800 -> ip(r);
      case 0x86dd -> new FrameContent.Skipped("IPv6", "IPv6 is not read");
      case 0x0806 -> new FrameContent.Skipped("ARP", "ARP");
      default ->
          new FrameContent.Skipped(
              "ether type 0x" + hex4(etherType),
              "ether type 0x" + hex4(etherType) + " is not IPv4");
    };
  }

  private static String hex4(int v) {
    return String.format("%04x", v);
  }

  private static FrameContent short_(String what, WireReader r) {
    return new FrameContent.Skipped(
        "frame too short", what + " cut short: " + r.remaining() + " octets left");
  }

  private static FrameContent ip(WireReader r) throws MalformedMessageException {
    if (r.remaining() >= 1 && (r.peekU8() >>> 4) == 6) {
      return new FrameContent.Skipped("IPv6", "IPv6 is not read");
    }
    if (r.remaining() < 20 || (r.peekU8() >>> 4) != 4) {
      return new FrameContent.Skipped("not IPv4", "no IPv4 header where one was expected");
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
      return new FrameContent.Skipped(
          "IP fragment", "IPv4 fragment (offset " + (fragment & 0x1fff) * 8 + "), not reassembled");
    }
    int consumed = r.offset() - ipStart;
    if (headerLength < 20
        || totalLength < headerLength
        || headerLength - consumed > r.remaining()) {
      return new FrameContent.Skipped(
          "malformed headers",
          "IPv4 header length " + headerLength + ", total length " + totalLength);
    }
    r.skip(headerLength - consumed);
    int payloadLength = Math.min(totalLength - headerLength, r.remaining());
    // Octets past the IP total length are link-layer padding (Ethernet's 60-octet minimum).
    WireReader payload = r.limited(payloadLength);
    return switch (protocol) {
      case IP_PROTO_SCTP -> sctp(source, destination, payload);
      case IP_PROTO_TCP -> tcp(source, destination, payload);
      case IP_PROTO_UDP -> udp(source, destination, payload);
      default ->
          new FrameContent.Skipped(
              "IP protocol " + protocol,
              "IP protocol "
                  + protocol
                  + (protocol == 1 ? " (ICMP)" : "")
                  + " is neither SCTP, TCP nor UDP");
    };
  }

  private static FrameContent sctp(Inet4Address src, Inet4Address dst, WireReader r)
      throws MalformedMessageException {
    if (r.remaining() < 12) {
      return new FrameContent.Skipped("frame too short", "SCTP common header cut short");
    }
    Endpoint source = new Endpoint(src, r.readU16());
    Endpoint destination = new Endpoint(dst, r.readU16());
    r.skip(8); // verification tag, checksum
    List<SctpDataChunk> chunks = new ArrayList<>();
    Set<String> others = new TreeSet<>();
    String trailing = "";
    while (r.hasRemaining()) {
      if (r.remaining() < 4) {
        trailing = r.remaining() + " trailing octets after the last chunk";
        break;
      }
      int type = r.readU8();
      int flags = r.readU8();
      int length = r.readU16();
      if (length < 4 || length - 4 > r.remaining()) {
        trailing =
            "chunk type " + type + " says " + length + " octets, " + (r.remaining() + 4) + " left";
        break;
      }
      WireReader chunk = r.limited(length - 4);
      r.skip(Math.min(r.remaining(), (4 - length % 4) % 4));
      if (type == 0 && length >= 16) {
        long tsn = chunk.readU32();
        int stream = chunk.readU16();
        int ssn = chunk.readU16();
        long ppid = chunk.readU32();
        chunks.add(
            new SctpDataChunk(
                tsn,
                stream,
                ssn,
                ppid,
                (flags & 0x04) != 0,
                (flags & 0x02) != 0,
                (flags & 0x01) != 0,
                chunk.readRemaining()));
      } else {
        others.add(chunkName(type));
      }
    }
    String note = String.join(", ", others);
    if (!trailing.isEmpty()) {
      note = note.isEmpty() ? trailing : note + "; " + trailing;
    }
    if (chunks.isEmpty()) {
      return new FrameContent.Skipped(
          "SCTP without DATA", "SCTP without DATA" + (note.isEmpty() ? "" : ": " + note));
    }
    return new FrameContent.Sctp(source, destination, chunks, trailing);
  }

  /** Chunk type names, RFC 4960 §3.2 (and RFC 8260's I-DATA, which is not reassembled here). */
  private static String chunkName(int type) {
    return switch (type) {
      case 0 -> "short DATA";
      case 1 -> "INIT";
      case 2 -> "INIT ACK";
      case 3 -> "SACK";
      case 4 -> "HEARTBEAT";
      case 5 -> "HEARTBEAT ACK";
      case 6 -> "ABORT";
      case 7 -> "SHUTDOWN";
      case 8 -> "SHUTDOWN ACK";
      case 9 -> "ERROR";
      case 10 -> "COOKIE ECHO";
      case 11 -> "COOKIE ACK";
      case 14 -> "SHUTDOWN COMPLETE";
      case 64 -> "I-DATA (not read)";
      default -> "chunk type " + type;
    };
  }

  private static FrameContent tcp(Inet4Address src, Inet4Address dst, WireReader r)
      throws MalformedMessageException {
    if (r.remaining() < 20) {
      return new FrameContent.Skipped("frame too short", "TCP header cut short");
    }
    Endpoint source = new Endpoint(src, r.readU16());
    Endpoint destination = new Endpoint(dst, r.readU16());
    long seq = r.readU32();
    r.skip(4); // acknowledgement number
    int dataOffset = (r.readU8() >>> 4) * 4;
    int flags = r.readU8();
    if (dataOffset < 20 || dataOffset - 14 > r.remaining()) {
      return new FrameContent.Skipped("malformed headers", "TCP data offset " + dataOffset);
    }
    r.skip(dataOffset - 14);
    return new FrameContent.Tcp(source, destination, seq, flags, r.readRemaining());
  }

  /** RFC 768: source port, destination port, length (header included), checksum. */
  private static FrameContent udp(Inet4Address src, Inet4Address dst, WireReader r)
      throws MalformedMessageException {
    if (r.remaining() < 8) {
      return new FrameContent.Skipped("frame too short", "UDP header cut short");
    }
    Endpoint source = new Endpoint(src, r.readU16());
    Endpoint destination = new Endpoint(dst, r.readU16());
    int length = r.readU16();
    r.skip(2); // checksum
    if (length < 8 || length - 8 > r.remaining()) {
      return new FrameContent.Skipped(
          "malformed headers",
          "UDP length " + length + " with " + (r.remaining() + 8) + " octets in the datagram");
    }
    return new FrameContent.Udp(source, destination, r.readOctets(length - 8));
  }

  private static Inet4Address address(Octets four) {
    try {
      return (Inet4Address) InetAddress.getByAddress(four.toByteArray());
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four octets are always an IPv4 address", e);
    }
  }
}
