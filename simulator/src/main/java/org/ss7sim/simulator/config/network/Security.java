package org.ss7sim.simulator.config.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ss7sim.simulator.firewall.FirewallConfig;

/**
 * What the network file says about the interconnect and its firewalls (docs/security.md).
 *
 * @param homeGtPrefixes the home network's own global titles ({@code home_gt_prefixes})
 * @param homeImsiPrefixes the home network's IMSIs, MCC+MNC ({@code home_imsi_prefixes})
 * @param interconnectNodes nodes of other operators' networks ({@code interconnect: true} on a
 *     node)
 * @param interconnectLinks links to another operator's network ({@code interconnect: true} on a
 *     link), as "node/peer" in both directions
 * @param firewalls the firewall of each STP that has one, by node name
 */
public record Security(
    List<String> homeGtPrefixes,
    List<String> homeImsiPrefixes,
    Set<String> interconnectNodes,
    Set<String> interconnectLinks,
    Map<String, FirewallConfig> firewalls) {
  public static final Security NONE =
      new Security(List.of(), List.of(), Set.of(), Set.of(), Map.of());

  public Security {
    homeGtPrefixes = List.copyOf(homeGtPrefixes);
    homeImsiPrefixes = List.copyOf(homeImsiPrefixes);
    interconnectNodes = Set.copyOf(interconnectNodes);
    interconnectLinks = Set.copyOf(interconnectLinks);
    firewalls = Map.copyOf(firewalls);
  }

  /**
   * Whether what {@code node} receives from its neighbour {@code peer} crosses the interconnect.
   */
  public boolean interconnect(String node, String peer) {
    return interconnectNodes.contains(peer) || interconnectLinks.contains(node + "/" + peer);
  }

  /** The point codes of {@code node}'s neighbours across the interconnect. */
  public Set<org.ss7sim.mtp.PointCode> interconnectNeighbours(Network network, Node node) {
    Set<org.ss7sim.mtp.PointCode> out = new java.util.HashSet<>();
    for (String peer : node.adjacent()) {
      if (interconnect(node.name(), peer)) {
        network.node(peer).flatMap(Node::pointCode).ifPresent(out::add);
      }
    }
    return out;
  }

  public Optional<FirewallConfig> firewall(String node) {
    return Optional.ofNullable(firewalls.get(node));
  }
}
