package org.ss7sim.transport;

/**
 * Opens client associations and servers of one {@link TransportKind}. Listener calls for one
 * association come from one thread (see the implementation for which).
 */
public interface Transport {
  TransportKind kind();

  /**
   * Starts a client association towards {@code config.remoteAddresses()}; it connects in the
   * background, reconnecting with back-off, and reports through {@code listener}.
   *
   * @throws TransportUnavailableException when this kind of transport cannot work on this host
   */
  Association connect(AssociationConfig config, AssociationListener listener);

  /**
   * Listens on {@code config.localAddresses()}; every accepted association reports to {@code
   * listener} (first with {@link AssociationListener#onUp}).
   *
   * @throws TransportUnavailableException when this kind of transport cannot work on this host
   * @throws java.io.UncheckedIOException when binding fails
   */
  AssociationServer listen(AssociationConfig config, AssociationListener listener);
}
