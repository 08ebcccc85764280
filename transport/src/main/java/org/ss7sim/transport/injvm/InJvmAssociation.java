package org.ss7sim.transport.injvm;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.time.Timer;

/**
 * One end of an in-JVM association. A client end ({@code config != null}) reconnects with back-off
 * after a loss; a server end ({@code server != null}) ends with its connection.
 */
final class InJvmAssociation implements Association {
  private final InJvmTransport transport;
  private final String name;
  private final AssociationListener listener;
  private final AssociationConfig config;
  private final InJvmServer server;
  private InJvmAssociation peer;
  private volatile boolean up;
  private boolean closed;
  private int failures;
  private Timer reconnect;

  InJvmAssociation(
      InJvmTransport transport,
      String name,
      AssociationListener listener,
      AssociationConfig config,
      InJvmServer server) {
    this.transport = transport;
    this.name = name;
    this.listener = listener;
    this.config = config;
    this.server = server;
  }

  synchronized void attempt() {
    reconnect = null;
    if (closed || peer != null) {
      return;
    }
    InetSocketAddress remote = config.remoteAddresses().get(0);
    InJvmServer target = transport.network().lookup(remote.getPort());
    InJvmAssociation end = target == null ? null : target.accept(this);
    if (end == null) {
      scheduleReconnect();
      return;
    }
    failures = 0;
    peer = end;
    end.connected(this);
    becomeUp();
  }

  private synchronized void connected(InJvmAssociation client) {
    peer = client;
    becomeUp();
  }

  private void becomeUp() {
    up = true;
    transport.executor().execute(() -> listener.onUp(this));
  }

  private void scheduleReconnect() {
    if (closed || config == null || reconnect != null) {
      return;
    }
    reconnect =
        transport
            .timers()
            .schedule(
                config.backoff(failures++), () -> transport.executor().execute(this::attempt));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public TransportKind kind() {
    return TransportKind.IN_JVM;
  }

  @Override
  public boolean isUp() {
    return up;
  }

  @Override
  public boolean send(int streamId, long ppid, Octets payload) {
    InJvmAssociation p;
    synchronized (this) {
      p = peer;
    }
    if (!up || p == null) {
      return false;
    }
    if (streamId < 0 || streamId >= outboundStreams()) {
      throw new IllegalArgumentException(
          "stream " + streamId + " not in 0.." + (outboundStreams() - 1));
    }
    InJvmFaults faults = transport.faults();
    if (faults.lossProbability() > 0 && transport.lose()) {
      return true;
    }
    if (faults.delay().isZero()) {
      p.receive(streamId, ppid, payload);
    } else {
      transport.timers().schedule(faults.delay(), () -> p.receive(streamId, ppid, payload));
    }
    return true;
  }

  private void receive(int streamId, long ppid, Octets payload) {
    transport
        .executor()
        .execute(
            () -> {
              if (up) {
                listener.onMessage(this, streamId, ppid, payload);
              }
            });
  }

  @Override
  public int outboundStreams() {
    return config != null ? config.streams() : AssociationConfig.DEFAULT_STREAMS;
  }

  @Override
  public boolean carriesStreams() {
    return true;
  }

  @Override
  public List<SocketAddress> remoteAddresses() {
    return up && config != null ? List.copyOf(config.remoteAddresses()) : List.of();
  }

  @Override
  public void abort() {
    disconnect("aborted");
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      if (reconnect != null) {
        reconnect.cancel();
        reconnect = null;
      }
    }
    disconnect("closed");
  }

  private void disconnect(String cause) {
    InJvmAssociation p;
    synchronized (this) {
      p = peer;
      peer = null;
    }
    if (p != null) {
      p.peerGone("peer " + cause);
    }
    lost(cause);
  }

  private synchronized void peerGone(String cause) {
    peer = null;
    lost(cause);
  }

  private void lost(String cause) {
    boolean wasUp = up;
    up = false;
    if (wasUp) {
      transport.executor().execute(() -> listener.onDown(this, cause));
    }
    if (server != null) {
      closed = true;
      server.forget(this);
    } else {
      synchronized (this) {
        scheduleReconnect();
      }
    }
  }

  @Override
  public String toString() {
    return "in-JVM association " + name + (up ? " (up)" : " (down)");
  }
}
