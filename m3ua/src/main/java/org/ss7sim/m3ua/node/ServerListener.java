package org.ss7sim.m3ua.node;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.wire.Octets;

/**
 * Gives each association a server accepts its own {@link RemoteAsp}, after closing those from
 * addresses the server is not configured for ({@link PeerFilter}).
 */
final class ServerListener implements AssociationListener {
  private static final Logger LOG = LoggerFactory.getLogger(ServerListener.class);
  private final M3uaNode node;
  private final String name;
  private final Map<Association, RemoteAsp> sessions = new HashMap<>();
  private final boolean doubleExchange;
  private final Set<InetAddress> allowedPeers;
  private int accepted;

  ServerListener(
      M3uaNode node, String name, boolean doubleExchange, Set<InetAddress> allowedPeers) {
    this.node = node;
    this.name = name;
    this.doubleExchange = doubleExchange;
    this.allowedPeers = allowedPeers;
  }

  @Override
  public void onUp(Association association) {
    if (!PeerFilter.admits(allowedPeers, association)) {
      node.count(Counter.REFUSED_PEERS);
      LOG.info(
          "server {}: closing association from unconfigured peer {}",
          name,
          association.remoteAddresses());
      association.close();
      return;
    }
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
