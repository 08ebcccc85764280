package org.ss7sim.transport;

import java.net.SocketAddress;

/** A listening endpoint that accepts many associations; each reports to the server's listener. */
public interface AssociationServer extends AutoCloseable {
  /** The bound address (with the real port when 0 was asked for). */
  SocketAddress localAddress();

  /** Stops accepting and closes every accepted association. */
  @Override
  void close();
}
