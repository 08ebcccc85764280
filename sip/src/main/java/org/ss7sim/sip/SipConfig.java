package org.ss7sim.sip;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where the gateway listens and whom it accepts calls from.
 *
 * @param udp addresses to listen on for SIP over UDP
 * @param tcp addresses to listen on for SIP over TCP
 * @param peers the addresses INVITEs are accepted from; an INVITE from any other gets 403
 * @param maxMessageSize the largest SIP message accepted over TCP, in octets (over UDP the datagram
 *     bounds it)
 * @param userAgent the User-Agent and Server header value
 */
public record SipConfig(
    List<InetSocketAddress> udp,
    List<InetSocketAddress> tcp,
    Set<InetAddress> peers,
    int maxMessageSize,
    String userAgent) {
  /** Default {@link #maxMessageSize}: the largest UDP datagram. */
  public static final int DEFAULT_MAX_MESSAGE_SIZE = 65_535;

  public SipConfig {
    udp = List.copyOf(udp);
    tcp = List.copyOf(tcp);
    peers = Set.copyOf(peers);
    if (udp.isEmpty() && tcp.isEmpty()) {
      throw new IllegalArgumentException("no SIP listen address");
    }
    if (maxMessageSize < 1024) {
      throw new IllegalArgumentException("maxMessageSize below 1024: " + maxMessageSize);
    }
    Objects.requireNonNull(userAgent, "userAgent");
  }

  /** Listens on {@code listen} over UDP and TCP and accepts calls from {@code peers}. */
  public static SipConfig of(InetSocketAddress listen, Set<InetAddress> peers) {
    return new SipConfig(
        List.of(listen), List.of(listen), peers, DEFAULT_MAX_MESSAGE_SIZE, "ss7sim");
  }
}
