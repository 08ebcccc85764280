package org.ss7sim.simulator.traffic;

import org.ss7sim.simulator.config.scenario.TrafficOptions.AttackOptions;
import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.attacker.Attacker;

/**
 * Attacks (scenario kind {@code attack}, docs/security.md): each attempt sends the source's MAP
 * operation about one victim (the called number) from the attacker node, with the spoofed calling
 * GT; it succeeds when the victim's network answers with data.
 */
final class Attacks implements Traffic {
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
