package org.ss7sim.simulator.control;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.node.AsStatus;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.network.SimNode;

/**
 * One end of a link as the node holding it sees it at M3UA level.
 *
 * <p>A connecting end is in its own ASP state (RFC 4666 §4.3.1). A listening end (SGP or IPSP
 * server) is in the best state of the peer ASPs that came in over it, as it keeps them in the AS of
 * the link's routing context (§4.3.2): an association is named after the link it was accepted on
 * ({@code LINK#n}), so a listening end whose peer has gone is {@code ASP_DOWN} even when other
 * links still serve the same AS. The end is up when that state is {@code ASP_ACTIVE}, the state
 * every start waits for.
 *
 * @param node the node holding this end
 * @param link the link's name at that node
 * @param peer the node at the other end (simulated or external)
 * @param listens whether this end is the listening one
 * @param state its ASP state
 */
record LinkEnd(String node, String link, String peer, boolean listens, AspState state) {

  boolean up() {
    return state == AspState.ASP_ACTIVE;
  }

  /** {@code stp/stp-ssp-01 to ssp-01 (listening): asp_down}, for the health answer. */
  String line() {
    return node
        + "/"
        + link
        + " to "
        + peer
        + " ("
        + (listens ? "listening" : "connecting")
        + "): "
        + NetworkView.lower(state);
  }

  /** Every link end of {@code n}, in file order. Call on the node's thread. */
  static List<LinkEnd> of(SimNode n) {
    List<AsStatus> ases = null;
    List<LinkEnd> out = new ArrayList<>();
    for (Link l : n.config().links()) {
      AspState state;
      if (l.listens()) {
        if (ases == null) {
          ases = n.m3ua().applicationServerStatus();
        }
        state = served(ases, l);
      } else {
        state = n.m3ua().linkState(l.name());
      }
      out.add(new LinkEnd(n.name(), l.name(), l.peer(), l.listens(), state));
    }
    return out;
  }

  /**
   * The best state of the ASPs accepted on listening link {@code l}, in its routing context's AS.
   */
  private static AspState served(List<AsStatus> ases, Link l) {
    AspState best = AspState.ASP_DOWN;
    String prefix = l.name() + "#";
    for (AsStatus as : ases) {
      if (as.routingContext() != l.routingContext()) {
        continue;
      }
      for (var asp : as.asps().entrySet()) {
        if (asp.getKey().startsWith(prefix) && asp.getValue().compareTo(best) > 0) {
          best = asp.getValue();
        }
      }
    }
    return best;
  }
}
