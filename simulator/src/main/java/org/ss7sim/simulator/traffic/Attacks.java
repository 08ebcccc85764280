package org.ss7sim.simulator.traffic;

import java.util.List;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.scenario.TrafficOptions.AttackOptions;
import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.config.yaml.Fields;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.attacker.Attacker;

/**
 * Attacks (scenario kind {@code attack}, docs/security.md): each attempt sends the source's MAP
 * operation about one victim (the called number) from the attacker node, with the spoofed calling
 * GT; it succeeds when the victim's network answers with data.
 */
final class Attacks implements Traffic {
  /**
   * {@code kind: attack} — MAP operations from an attacker node across the interconnect, with a
   * spoofed calling GT (docs/security.md); succeeds when the victim's network answers with data.
   */
  static final Kind KIND =
      new Kind(
          "attack",
          List.of("op", "spoof"),
          List.of(NodeKind.ATTACKER),
          Attacks::options,
          (source, net, seed) -> new Attacks(source, net));

  private static AttackOptions options(Fields f) {
    String op = f.require("op", Values::string);
    if (!AttackOptions.supports(op)) {
      throw new ConfigException(
          f.valueLocation("op"),
          "attack op '"
              + op
              + "' is not one an attacker can send (one of "
              + String.join(", ", AttackOptions.OPERATIONS)
              + ")");
    }
    return new AttackOptions(op, f.optional("spoof", Values::digits));
  }

  private final TrafficSource source;
  private final SimNetwork net;
  private final AttackOptions options;

  Attacks(TrafficSource source, SimNetwork net) {
    this.source = source;
    this.net = net;
    this.options = (AttackOptions) source.options();
  }

  @Override
  public void start(String flow, String to, Attempt attempt) {
    SimNode origin = net.node(source.from()).orElse(null);
    if (origin == null || !(origin.logic().orElse(null) instanceof Attacker attacker)) {
      attempt.fail("not_supported");
      return;
    }
    origin.execute(() -> attacker.attack(options.operation(), flow, to, options.spoof(), attempt));
  }
}
