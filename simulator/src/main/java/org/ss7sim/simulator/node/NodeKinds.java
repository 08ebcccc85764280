package org.ss7sim.simulator.node;

import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.network.NodeLogic;

/** The logic of each node kind; null for kinds that are stack only (STP). */
public final class NodeKinds {
  private NodeKinds() {}

  public static NodeLogic logicFor(Node node) {
    return switch (node.kind()) {
      case SSP -> new Ssp(node);
      case SCP -> new Scp(node);
      default -> null;
    };
  }
}
