package org.ss7sim.m3ua.node;

import java.util.HashMap;
import java.util.Map;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.wire.Octets;

/** Gives each association a server accepts its own {@link RemoteAsp}. */
final class ServerListener implements AssociationListener {
  private final M3uaNode node;
  private final String name;
  private final Map<Association, RemoteAsp> sessions = new HashMap<>();
  private final boolean doubleExchange;
  private int accepted;

  ServerListener(M3uaNode node, String name, boolean doubleExchange) {
    this.node = node;
    this.name = name;
    this.doubleExchange = doubleExchange;
  }

  @Override
  public void onUp(Association association) {
    RemoteAsp r = new RemoteAsp(node, name + "#" + (++accepted), doubleExchange);
    sessions.put(association, r);
    node.sessionOpened(r);
    r.transportUp(association);
  }

  @Override
  public void onDown(Association association, String cause) {
    RemoteAsp r = sessions.remove(association);
    if (r != null) {
      r.transportDown(cause);
      node.sessionClosed(r);
    }
  }

  @Override
  public void onMessage(Association association, int streamId, long ppid, Octets payload) {
    RemoteAsp r = sessions.get(association);
    if (r != null) {
      r.received(streamId, payload);
    }
  }
}
