package org.ss7sim.simulator.config.network;

import java.util.List;
import java.util.Optional;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.simulator.config.Location;

/**
 * A loaded network file: its nodes in file order, with defaults filled in, links mirrored and
 * implicit routes added. Not yet validated: see {@link NetworkValidator}.
 *
 * @param name the network's name; default the file name without extension
 * @param security the interconnect and its firewalls (docs/security.md)
 */
public record Network(String name, List<Node> nodes, Location location, Security security) {
  public Network {
    nodes = List.copyOf(nodes);
    java.util.Objects.requireNonNull(security, "security");
  }

  /** A network with no interconnect marked and no firewall. */
  public Network(String name, List<Node> nodes, Location location) {
    this(name, nodes, location, Security.NONE);
  }

  /** The first node of this name. */
  public Optional<Node> node(String nodeName) {
    return nodes.stream().filter(n -> n.name().equals(nodeName)).findFirst();
  }

  public List<Node> nodes(NodeKind kind) {
    return nodes.stream().filter(n -> n.kind() == kind).toList();
  }

  /** The first node with this point code. */
  public Optional<Node> nodeAt(PointCode pc) {
    return nodes.stream().filter(n -> n.pointCode().filter(pc::equals).isPresent()).findFirst();
  }

  /** A link together with the node holding it. */
  public record NodeLink(Node node, Link link) {}

  /**
   * The link of this name at any node (the first in file order), as scenario events name links. The
   * other end is {@code link.peerLink()} at {@code link.peer()}.
   */
  public Optional<NodeLink> findLink(String linkName) {
    for (Node n : nodes) {
      Optional<Link> l = n.link(linkName);
      if (l.isPresent()) {
        return Optional.of(new NodeLink(n, l.get()));
      }
    }
    return Optional.empty();
  }

  /** The point code a target stands for, if it resolves. */
  public Optional<PointCode> pointCodeOf(Target target) {
    if (target instanceof Target.PointCodeTarget p) {
      return Optional.of(p.pointCode());
    }
    return node(((Target.NodeTarget) target).node()).flatMap(Node::pointCode);
  }

  /** The node a target stands for, if any. */
  public Optional<Node> nodeOf(Target target) {
    if (target instanceof Target.NodeTarget n) {
      return node(n.node());
    }
    return nodeAt(((Target.PointCodeTarget) target).pointCode());
  }
}
