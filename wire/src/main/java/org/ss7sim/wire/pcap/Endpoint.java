package org.ss7sim.wire.pcap;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IPv4 address and a port, one side of a traced association or connection. */
public record Endpoint(Inet4Address address, int port) {
  public Endpoint {
    java.util.Objects.requireNonNull(address, "address");
    if (port < 0 || port > 0xffff) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  /** Parses a dotted IPv4 literal, e.g. {@code Endpoint.of("127.0.0.1", 2905)}. */
  public static Endpoint of(String ipv4Literal, int port) {
    byte[] quad = dottedQuad(ipv4Literal);
    if (quad != null) {
      // the common form, read without the resolver and a regex (called per traced message)
      try {
        return new Endpoint((Inet4Address) InetAddress.getByAddress(quad), port);
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("not an IPv4 literal: " + ipv4Literal, e);
      }
    }
    try {
      InetAddress a = InetAddress.getByName(ipv4Literal);
      if (!(a instanceof Inet4Address v4) || !ipv4Literal.matches("[0-9.]+")) {
        throw new IllegalArgumentException("not an IPv4 literal: " + ipv4Literal);
      }
      return new Endpoint(v4, port);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IPv4 literal: " + ipv4Literal, e);
    }
  }

  /** The four octets of {@code a.b.c.d} (each 0..255, decimal, 1-3 digits), or null. */
  private static byte[] dottedQuad(String s) {
    byte[] out = new byte[4];
    int part = 0;
    int value = 0;
    int digits = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '.';
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        if (++digits > 3 || value > 255) {
          return null;
        }
      } else if (c == '.' && digits > 0 && part < 4) {
        out[part++] = (byte) value;
        value = 0;
        digits = 0;
      } else {
        return null;
      }
    }
    return part == 4 ? out : null;
  }

  @Override
  public String toString() {
    return address.getHostAddress() + ":" + port;
  }
}
