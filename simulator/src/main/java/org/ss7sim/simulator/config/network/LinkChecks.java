package org.ss7sim.simulator.config.network;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Link checks of {@link NetworkValidator}: references, pairing, agreement of the two ends. */
final class LinkChecks {
  private final NetworkValidator v;
  private final Network network;

  LinkChecks(NetworkValidator v) {
    this.v = v;
    this.network = v.network;
  }

  void run() {
    Map<String, String> listeners = new HashMap<>();
    Set<String> pairsChecked = new HashSet<>();
    long signalingPoints =
        network.nodes().stream().filter(n -> n.kind().isSignalingPoint()).count();
    // external nodes may sit behind the user's own STP/SG (external too): no link of their own
    boolean behindExternalStp =
        network.nodes().stream().anyMatch(n -> n.external() && n.kind() == NodeKind.STP);
    for (Node n : network.nodes()) {
      if (n.kind().isSignalingPoint()
          && n.links().isEmpty()
          && signalingPoints > 1
          && !(n.external() && behindExternalStp)
          && network.node(n.name()).orElseThrow() == n) {
        v.report(n.location(), "node '" + n.name() + "' has no links (give it peers or links)");
      }
      Set<String> names = new HashSet<>();
      for (Link l : n.links()) {
        String what = "link '" + l.name() + "' of node '" + n.name() + "'";
        if (!names.add(l.name())) {
          v.report(l.location(), "node '" + n.name() + "' has two links named '" + l.name() + "'");
        }
        // port 0: each listener gets an ephemeral port of its own, no clash
        if (l.transport() != TransportKind.INJVM && l.listens() && l.local().port() != 0) {
          String key = l.local().toString();
          String other = listeners.putIfAbsent(key, what);
          if (other != null) {
            v.report(l.location(), what + " listens on " + key + ", as does " + other);
          }
        }
        peerChecks(n, l, what, pairsChecked);
      }
      if (n.simulated() && n.data() instanceof KindData.SmscData s && s.smpp().port() != 0) {
        String key = s.smpp().toString();
        String other = listeners.putIfAbsent(key, "the SMPP server of node '" + n.name() + "'");
        if (other != null) {
          v.report(
              n.location(),
              "the SMPP server of node '"
                  + n.name()
                  + "' listens on "
                  + key
                  + ", as does "
                  + other);
        }
      }
    }
  }

  private void peerChecks(Node n, Link l, String what, Set<String> pairsChecked) {
    if (l.peer().equals(n.name())) {
      v.report(l.location(), what + " links the node to itself");
      return;
    }
    Optional<Node> peerNode = network.node(l.peer());
    if (peerNode.isEmpty()) {
      v.report(l.location(), what + ": " + v.unknownNode(l.peer()));
      return;
    }
    Node p = peerNode.get();
    if (!p.kind().isSignalingPoint()) {
      v.report(
          l.location(),
          what
              + ": '"
              + p.name()
              + "' is an esme, which has no M3UA links"
              + " (it reaches its SMSC over SMPP)");
      return;
    }
    if (l.peerLink().isEmpty()) {
      List<Link> back = p.linksTo(n.name());
      v.report(
          l.location(),
          what
              + ": node '"
              + p.name()
              + "' has no link back to '"
              + n.name()
              + "' for it ('"
              + p.name()
              + "' declares "
              + back.size()
              + " link"
              + (back.size() == 1 ? "" : "s")
              + " to '"
              + n.name()
              + "', '"
              + n.name()
              + "' declares "
              + n.linksTo(p.name()).size()
              + ")");
      return;
    }
    Optional<Link> other = p.link(l.peerLink().get());
    if (other.isEmpty()) {
      return;
    }
    Link o = other.get();
    String pairKey =
        n.name().compareTo(p.name()) < 0
            ? n.name() + "/" + l.name() + "|" + p.name() + "/" + o.name()
            : p.name() + "/" + o.name() + "|" + n.name() + "/" + l.name();
    if (l.mirrored() || !pairsChecked.add(pairKey)) {
      return;
    }
    String otherEnd = "its other end '" + o.name() + "' at node '" + p.name() + "'";
    if (l.transport() != o.transport()) {
      v.report(
          l.location(),
          what
              + " uses "
              + name(l.transport())
              + " but "
              + otherEnd
              + " uses "
              + name(o.transport()));
    }
    if (o.role() != l.role().peerRole()) {
      v.report(
          l.location(),
          what
              + " is "
              + name(l.role())
              + " and "
              + otherEnd
              + " is "
              + name(o.role())
              + ": an asp needs an sgp at the other end, an ipsp an ipsp");
    }
    if (l.listens() == o.listens()) {
      v.report(
          l.location(),
          what
              + " and "
              + otherEnd
              + (l.listens() ? " both listen" : " both connect")
              + ": exactly one end must listen");
    } else {
      Link client = l.listens() ? o : l;
      Link server = l.listens() ? l : o;
      if (client.remote().port() != server.local().port()) {
        v.report(
            l.location(),
            what
                + ": '"
                + (client == l ? n.name() : p.name())
                + "' connects to port "
                + client.remote().port()
                + " but '"
                + (server == l ? n.name() : p.name())
                + "' listens on port "
                + server.local().port());
      }
    }
    if (l.routingContext() != o.routingContext()) {
      v.report(
          l.location(),
          what
              + " has routing context "
              + l.routingContext()
              + " but "
              + otherEnd
              + " has "
              + o.routingContext());
    }
    if (n.networkIndicator() != p.networkIndicator()) {
      v.report(
          l.location(),
          what
              + " joins nodes of different network indicators ('"
              + n.name()
              + "' "
              + name(n.networkIndicator())
              + ", '"
              + p.name()
              + "' "
              + name(p.networkIndicator())
              + ")");
    }
  }

  static String name(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }
}
