package org.ss7sim.simulator.config.network;

import org.ss7sim.mtp.PointCode;

/** Where a route or GTT rule sends traffic: a node by name, or a bare point code. */
public sealed interface Target {
  /** A node of the network file. */
  record NodeTarget(String node) implements Target {
    @Override
    public String toString() {
      return node;
    }
  }

  /** A point code, whichever node has it. */
  record PointCodeTarget(PointCode pointCode) implements Target {
    @Override
    public String toString() {
      return pointCode.toStructuredString();
    }
  }
}
