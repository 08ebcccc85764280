package org.ss7sim.simulator.app;

import java.nio.file.Path;
import java.util.UUID;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.network.NodeLogic;
import org.ss7sim.simulator.node.Subscribers;
import org.ss7sim.simulator.node.hlr.Hlr;
import org.ss7sim.simulator.node.msc.Msc;
import org.ss7sim.simulator.node.scp.Scp;
import org.ss7sim.simulator.node.sipgw.SipGatewayNode;
import org.ss7sim.simulator.node.smsc.Smsc;
import org.ss7sim.simulator.node.ssp.Ssp;

/**
 * Makes the logic of each node kind for one run (the application's one place that knows every
 * kind's class, so {@code node} and {@code smsc} need not know each other); null for kinds that are
 * stack only (STP). The HLRs and MSCs of the run share one {@link Subscribers}.
 */
public final class NodeKinds {
  private final Subscribers subscribers;
  private final String memoryStore;
  private final Path directory;

  /**
   * @param memoryStores SMSCs keep their messages in memory (surviving a node restart within this
   *     process) instead of what the network file says
   * @param directory where embedded stores keep their files
   */
  public NodeKinds(Network network, boolean memoryStores, Path directory) {
    this.subscribers = new Subscribers(network);
    this.memoryStore =
        memoryStores ? "jdbc:h2:mem:ss7sim-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" : null;
    this.directory = directory;
  }

  public Subscribers subscribers() {
    return subscribers;
  }

  public NodeLogic logicFor(Node node) {
    return switch (node.kind()) {
      case SSP -> new Ssp(node);
      case SIPGW -> new SipGatewayNode(node);
      case SCP -> new Scp(node);
      case HLR -> new Hlr(node, subscribers);
      case MSC -> new Msc(node, subscribers);
      case SMSC ->
          new Smsc(
              node,
              memoryStore == null
                  ? null
                  : memoryStore.replace("ss7sim-", "ss7sim-" + node.name() + "-"),
              directory);
      case ATTACKER -> new org.ss7sim.simulator.node.attacker.Attacker(node);
      default -> null;
    };
  }
}
