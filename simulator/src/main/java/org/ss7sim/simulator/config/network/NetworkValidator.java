package org.ss7sim.simulator.config.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.simulator.config.Location;
import org.ss7sim.simulator.config.Problem;
import org.ss7sim.simulator.config.yaml.Spelling;

/**
 * Checks a loaded network for everything that would make it misbehave and reports all problems at
 * once, in file order, each naming its place: duplicate names and point codes, unknown or wrong
 * node references, links whose ends disagree or do not link back, routes to nowhere, GTT rules that
 * can never match, overlapping CIC ranges, an SMSC that cannot reach an HLR, and more (see {@code
 * docs/network-file.md}, "Validation").
 */
public final class NetworkValidator {
  final Network network;
  final List<Problem> problems = new ArrayList<>();

  private NetworkValidator(Network network) {
    this.network = network;
  }

  /** Every problem of {@code network}; empty when it is fine. */
  public static List<Problem> validate(Network network) {
    NetworkValidator v = new NetworkValidator(network);
    v.names();
    v.pointCodes();
    v.globalTitles();
    new LinkChecks(v).run();
    new PeeringChecks(v).run();
    new RoutingChecks(v).run();
    new ServiceChecks(v).run();
    new SecurityChecks(v).run();
    List<Problem> sorted = new ArrayList<>(v.problems);
    sorted.sort(Problem.IN_FILE_ORDER);
    return List.copyOf(sorted);
  }

  void report(Location at, String message) {
    problems.add(new Problem(at, message));
  }

  /** "unknown node 'x'" with a spelling suggestion from the node names. */
  String unknownNode(String name) {
    Optional<String> near =
        Spelling.nearest(name, network.nodes().stream().map(Node::name).toList());
    return "unknown node '" + name + "'" + near.map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  private void names() {
    Map<String, Node> first = new HashMap<>();
    for (Node n : network.nodes()) {
      Node earlier = first.putIfAbsent(n.name(), n);
      if (earlier != null) {
        report(
            n.location(),
            "duplicate node name '"
                + n.name()
                + "' (first at line "
                + earlier.location().line()
                + ")");
      }
    }
  }

  private void pointCodes() {
    Map<PointCode, Node> first = new HashMap<>();
    for (Node n : network.nodes()) {
      if (n.pointCode().isEmpty()) {
        continue;
      }
      PointCode pc = n.pointCode().get();
      Node earlier = first.putIfAbsent(pc, n);
      if (earlier != null) {
        report(
            n.location(),
            "point code "
                + pc.toStructuredString()
                + " ("
                + pc.value()
                + ") of node '"
                + n.name()
                + "' is already used by node '"
                + earlier.name()
                + "' (line "
                + earlier.location().line()
                + ")");
      }
    }
  }

  private void globalTitles() {
    for (Node n : network.nodes()) {
      boolean needsGt =
          n.kind() == NodeKind.HLR || n.kind() == NodeKind.MSC || n.kind() == NodeKind.SMSC;
      if (needsGt && n.globalTitles().isEmpty()) {
        report(
            n.location(),
            "node '"
                + n.name()
                + "' ("
                + n.kind().yamlName()
                + ") needs a global title (global_titles): MAP peers address it by one");
      }
    }
  }
}
