package org.ss7sim.simulator.network;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.gtt.AddressRewrite;
import org.ss7sim.sccp.gtt.GlobalTitleTranslator;
import org.ss7sim.sccp.gtt.GtMatch;
import org.ss7sim.sccp.gtt.GttDestination;
import org.ss7sim.sccp.gtt.GttRule;
import org.ss7sim.sccp.gtt.SelectionMode;
import org.ss7sim.simulator.config.network.KindData;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.NodeKind;

/**
 * The SCCP translator of a node from its network file entry: an STP's {@code gtt:} rules (Q.714
 * §2.4), none for other nodes (only STPs translate).
 */
final class Gtt {
  private Gtt() {}

  static GlobalTitleTranslator translator(Network network, Node node) {
    if (node.kind() != NodeKind.STP) {
      return endNode(network, node);
    }
    List<GttRule> rules = new ArrayList<>();
    List<org.ss7sim.simulator.config.network.GttRule> written =
        node.data(KindData.StpData.class).gttRules();
    for (int i = 0; i < written.size(); i++) {
      org.ss7sim.simulator.config.network.GttRule r = written.get(i);
      List<GttDestination> to = new ArrayList<>();
      PointCode primary = network.pointCodeOf(r.target()).orElseThrow();
      to.add(new GttDestination(primary, r.ssn().orElse(null)));
      r.backup()
          .flatMap(network::pointCodeOf)
          .ifPresent(pc -> to.add(new GttDestination(pc, r.ssn().orElse(null))));
      GtMatch match =
          new GtMatch(
              null,
              r.translationType().orElse(GtMatch.ANY),
              r.numberingPlan().orElse(GtMatch.ANY),
              r.natureOfAddress().orElse(GtMatch.ANY),
              r.prefix());
      rules.add(
          new GttRule(
              "rule" + (i + 1),
              match,
              to,
              to.size() > 1 ? SelectionMode.DOMINANT : SelectionMode.SOLITARY,
              new AddressRewrite(r.routeOn(), -1, r.strip(), r.prepend(), null)));
    }
    return new GlobalTitleTranslator(rules);
  }

  /**
   * An end node does not translate: its own global titles are for itself, every other one goes to
   * the first adjacent STP (the others as alternates), routed on GT for that STP to translate.
   */
  private static GlobalTitleTranslator endNode(Network network, Node node) {
    List<GttRule> rules = new ArrayList<>();
    PointCode self = node.pointCode().orElseThrow();
    int i = 0;
    for (var gt : node.globalTitles()) {
      rules.add(
          new GttRule(
              "own" + (++i),
              GtMatch.prefix(gt.digits()),
              List.of(GttDestination.of(self)),
              SelectionMode.SOLITARY,
              AddressRewrite.ROUTE_ON_SSN));
    }
    List<GttDestination> stps = new ArrayList<>();
    for (String peer : node.adjacent()) {
      network
          .node(peer)
          .filter(n -> n.kind() == NodeKind.STP)
          .flatMap(Node::pointCode)
          .ifPresent(pc -> stps.add(GttDestination.of(pc)));
    }
    if (!stps.isEmpty()) {
      rules.add(
          new GttRule(
              "via-stp",
              GtMatch.prefix(""),
              stps,
              stps.size() > 1 ? SelectionMode.DOMINANT : SelectionMode.SOLITARY,
              AddressRewrite.ROUTE_ON_GT));
    }
    return new GlobalTitleTranslator(rules);
  }
}
