package org.ss7sim.transport.injvm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The address space in-JVM servers listen in: ports only (the host part of an address is ignored).
 * Shared by the {@link InJvmTransport}s of all nodes in one process.
 */
public final class InJvmNetwork {
  private final Map<Integer, InJvmServer> servers = new ConcurrentHashMap<>();
  private final AtomicInteger nextEphemeral = new AtomicInteger(49_152);

  void bind(int port, InJvmServer server) {
    if (servers.putIfAbsent(port, server) != null) {
      throw new IllegalStateException("in-JVM port already in use: " + port);
    }
  }

  int ephemeralPort() {
    int p;
    do {
      p = nextEphemeral.getAndIncrement();
    } while (servers.containsKey(p));
    return p;
  }

  void unbind(int port, InJvmServer server) {
    servers.remove(port, server);
  }

  InJvmServer lookup(int port) {
    return servers.get(port);
  }
}
