package org.ss7sim.transport.stream;

/** Called once per new connection (the "up" event); returns the handler for its other events. */
@FunctionalInterface
public interface StreamAcceptor {
  StreamHandler onConnected(StreamConnection connection);
}
