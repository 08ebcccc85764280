package org.ss7sim.simulator.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Node;

/**
 * Which service (container, pod) runs which simulated signalling points: one each, or groups of
 * {@code groupSize} in file order. A service's name is a DNS label (RFC 1123): the node's name in
 * lower case with {@code _} and {@code .} made {@code -}, or {@code group-NNN} for a group.
 *
 * @param services service name to the nodes it runs, in file order
 */
public record Placement(Map<String, List<String>> services) {

  /** Places the simulated signalling points of {@code network}. */
  public static Placement of(Network network, int groupSize) {
    if (groupSize < 1) {
      throw new IllegalArgumentException("--nodes-per-service must be 1 or more, not " + groupSize);
    }
    List<String> nodes = new ArrayList<>();
    for (Node n : network.nodes()) {
      if (n.kind().isSignalingPoint() && !n.external()) {
        nodes.add(n.name());
      }
    }
    Map<String, List<String>> services = new LinkedHashMap<>();
    Map<String, String> firstNode = new LinkedHashMap<>();
    int groups = (nodes.size() + groupSize - 1) / groupSize;
    for (int i = 0; i < nodes.size(); i += groupSize) {
      List<String> group = nodes.subList(i, Math.min(nodes.size(), i + groupSize));
      String name =
          groupSize == 1
              ? dnsLabel(group.get(0))
              : String.format(
                  "group-%0" + Math.max(3, Integer.toString(groups).length()) + "d",
                  i / groupSize + 1);
      String clash = firstNode.putIfAbsent(name, group.get(0));
      if (clash != null) {
        throw new IllegalArgumentException(
            "nodes '" + clash + "' and '" + group.get(0) + "' both become service '" + name + "'");
      }
      services.put(name, List.copyOf(group));
    }
    return new Placement(services);
  }

  /** RFC 1123 label for a node name. */
  static String dnsLabel(String nodeName) {
    String s = nodeName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    if (s.length() > 63 || s.endsWith("-")) {
      throw new IllegalArgumentException(
          "node name '"
              + nodeName
              + "' does not make a DNS label (at most 63 characters, not ending"
              + " in '-', '_' or '.')");
    }
    return s;
  }

  /** The service of a node, or null when it is not placed (ESME, external node). */
  public String serviceOf(String node) {
    for (Map.Entry<String, List<String>> e : services.entrySet()) {
      if (e.getValue().contains(node)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** Node name to service name, for every placed node. */
  public Map<String, String> byNode() {
    Map<String, String> m = new LinkedHashMap<>();
    services.forEach((svc, nodes) -> nodes.forEach(n -> m.put(n, svc)));
    return m;
  }
}
