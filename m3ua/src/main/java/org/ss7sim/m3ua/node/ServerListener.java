package org.ss7sim.m3ua.node;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.wire.Octets;

/**
 * Gives each association a server accepts its own {@link RemoteAsp}, after closing those from
 * addresses the server is not configured for ({@link PeerFilter}): one WARN line naming the server
 * and the address, within a per-address budget ({@link M3uaNodeBuilder#errorRateLimit}); beyond it
 * the association is aborted without a line, and counted.
 */
final class ServerListener implements AssociationListener {
  private static final Logger LOG = LoggerFactory.getLogger(ServerListener.class);

  /** Bound on the per-address refusal budgets kept; beyond it they start afresh. */
  private static final int MAX_TRACKED_REFUSED = 1024;

  private final M3uaNode node;
  private final M3uaNodeBuilder.ServerConfig config;
  private final Map<Association, RemoteAsp> sessions = new HashMap<>();
  private final Map<Object, TokenBucket> refusals = new HashMap<>();
  private int accepted;

  ServerListener(M3uaNode node, M3uaNodeBuilder.ServerConfig config) {
    this.node = node;
    this.config = config;
  }

  @Override
  public void onUp(Association association) {
    if (!PeerFilter.admits(config.allowedPeers(), association)) {
      refuse(association);
      return;
    }
    RemoteAsp r = new RemoteAsp(node, config.name() + "#" + (++accepted), config);
    sessions.put(association, r);
    node.sessionOpened(r);
    r.transportUp(association);
  }

  private void refuse(Association association) {
    node.refused(Counter.REFUSED_PEERS, config.name(), association);
    List<SocketAddress> remotes = List.copyOf(association.remoteAddresses());
    Object key = remotes.isEmpty() ? "" : address(remotes.get(0));
    if (refusals.size() >= MAX_TRACKED_REFUSED && !refusals.containsKey(key)) {
      refusals.clear();
    }
    TokenBucket budget = refusals.computeIfAbsent(key, k -> node.errorBucket());
    if (budget.take()) {
      LOG.warn(
          "m3ua link {}: refused association from {}: address not allowed for this link",
          config.name(),
          remotes.isEmpty() ? "(no address)" : remotes);
      association.close();
    } else {
      node.count(Counter.REFUSALS_SUPPRESSED);
      association.abort();
    }
  }

  private static Object address(SocketAddress a) {
    return a instanceof InetSocketAddress inet && inet.getAddress() != null
        ? (Object) inet.getAddress()
        : (Object) a.toString();
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
