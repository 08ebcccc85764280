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

  @Override
  public String toString() {
    return address.getHostAddress() + ":" + port;
  }
}
