package org.ss7sim.m3ua.node;

import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.wire.Octets;

/** Connects a client association's events to its {@link LocalAsp}. */
final class ClientListener implements AssociationListener {
  private final LocalAsp session;

  ClientListener(LocalAsp session) {
    this.session = session;
  }

  @Override
  public void onUp(Association association) {
    session.transportUp(association);
  }

  @Override
  public void onDown(Association association, String cause) {
    session.transportDown(cause);
  }

  @Override
  public void onMessage(Association association, int streamId, long ppid, Octets payload) {
    session.received(streamId, payload);
  }
}
