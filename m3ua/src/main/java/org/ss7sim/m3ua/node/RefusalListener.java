package org.ss7sim.m3ua.node;

import java.net.SocketAddress;
import java.util.List;

/**
 * Told of each refusal as it is counted (the {@code REFUSED_*} {@link Counter}s): which configured
 * link refused and the peer's addresses, so an operator's line can name them. Called on the node's
 * thread; must not block.
 */
@FunctionalInterface
public interface RefusalListener {
  RefusalListener NONE = (counter, link, peer) -> {};

  /**
   * @param counter the refusal counter just incremented
   * @param link the configured link: the listening link that accepted the peer, or the client link
   * @param peer the peer's addresses (several when multi-homed; empty in-JVM or when unknown)
   */
  void refused(Counter counter, String link, List<SocketAddress> peer);

  /**
   * A refusal with what exactly was refused, e.g. a routing key's registration status ({@code
   * Permission Denied (5)}, RFC 4666 §3.6.2) for {@link Counter#REFUSED_REGISTRATIONS}; by default
   * the detail is dropped.
   *
   * @param detail what the peer was told, for the operator's line
   */
  default void refused(Counter counter, String link, List<SocketAddress> peer, String detail) {
    refused(counter, link, peer);
  }
}
