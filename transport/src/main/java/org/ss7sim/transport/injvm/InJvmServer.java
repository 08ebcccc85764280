package org.ss7sim.transport.injvm;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.transport.AssociationServer;

/** A listening in-JVM endpoint. */
final class InJvmServer implements AssociationServer {
  final InJvmTransport transport;
  final AssociationListener listener;
  final String name;
  private final InetSocketAddress address;
  private final List<InJvmAssociation> accepted = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  InJvmServer(
      InJvmTransport transport,
      String name,
      InetSocketAddress address,
      AssociationListener listener) {
    this.transport = transport;
    this.name = name;
    this.address = address;
    this.listener = listener;
  }

  /** Accepts a connection from {@code client}; returns the server-side end, or null if closed. */
  InJvmAssociation accept(InJvmAssociation client) {
    if (closed) {
      return null;
    }
    InJvmAssociation end =
        new InJvmAssociation(transport, name + "<" + client.name(), listener, null, this);
    accepted.add(end);
    return end;
  }

  void forget(InJvmAssociation end) {
    accepted.remove(end);
  }

  @Override
  public SocketAddress localAddress() {
    return address;
  }

  @Override
  public void close() {
    closed = true;
    transport.network().unbind(address.getPort(), this);
    for (InJvmAssociation a : new ArrayList<>(accepted)) {
      a.close();
    }
  }
}
