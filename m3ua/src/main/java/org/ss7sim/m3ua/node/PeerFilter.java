package org.ss7sim.m3ua.node;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Set;
import org.ss7sim.transport.Association;

/**
 * Which peers get in (DESIGN §7): a server admits associations only from its configured peer
 * addresses, and an application server accepts ASP Active / ASP Inactive only from ASPs at its
 * configured addresses; any other routing context is answered with ERR "Invalid Routing Context"
 * (RFC 4666 §3.8.1). An empty set admits every peer.
 */
final class PeerFilter {
  private PeerFilter() {}

  /**
   * Whether one of {@code association}'s remote addresses is in {@code allowed} (or it is empty).
   */
  static boolean admits(Set<InetAddress> allowed, Association association) {
    if (allowed.isEmpty()) {
      return true;
    }
    for (SocketAddress a : association.remoteAddresses()) {
      if (a instanceof InetSocketAddress inet && allowed.contains(inet.getAddress())) {
        return true;
      }
    }
    return false;
  }
}
