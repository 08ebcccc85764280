package org.ss7sim.simulator.traffic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ss7sim.simulator.firewall.Firewall;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.attacker.Attacker;
import org.ss7sim.simulator.node.attacker.Loot;
import org.ss7sim.simulator.report.SecurityResults;

/**
 * The security part of a run's output (docs/security.md): what each attacker node obtained, one
 * line per answer, and how often each firewall rule matched. Empty for a network with neither.
 */
public final class AttackReport {
  private static final int MAX_LOOT_LINES = 20;

  private AttackReport() {}

  /**
   * The attackers' loot by kind and the firewalls' counters, for {@code --json} and the HTML
   * report; read on each node's thread, call before the network stops.
   */
  public static SecurityResults results(SimNetwork net) {
    List<SecurityResults.AttackerLoot> attackers = new ArrayList<>();
    List<SecurityResults.FirewallCounts> firewalls = new ArrayList<>();
    for (SimNode n : net.nodes()) {
      try {
        n.call(
            () -> {
              if (n.logic().orElse(null) instanceof Attacker a) {
                Map<String, List<Map<String, String>>> byKind = new LinkedHashMap<>();
                Loot.KINDS.forEach(k -> byKind.put(k, new ArrayList<>()));
                for (Loot l : a.items()) {
                  byKind.computeIfAbsent(l.kind(), k -> new ArrayList<>()).add(l.fields());
                }
                attackers.add(new SecurityResults.AttackerLoot(n.name(), a.loot().size(), byKind));
              }
              n.firewall()
                  .ifPresent(
                      f ->
                          firewalls.add(
                              new SecurityResults.FirewallCounts(n.name(), f.counters())));
              return null;
            });
      } catch (Exception e) {
        // a node that cannot answer (stopped) has nothing to add
      }
    }
    return new SecurityResults(attackers, firewalls);
  }

  /** The lines, read on each node's thread; call before the network stops. */
  public static List<String> lines(SimNetwork net) {
    List<String> out = new ArrayList<>();
    for (SimNode n : net.nodes()) {
      try {
        n.call(
            () -> {
              if (n.logic().orElse(null) instanceof Attacker a) {
                List<String> loot = a.loot();
                out.add("attacker " + n.name() + " obtained (" + loot.size() + " answers):");
                loot.stream().limit(MAX_LOOT_LINES).forEach(l -> out.add("  " + l));
                if (loot.size() > MAX_LOOT_LINES) {
                  out.add("  ... " + (loot.size() - MAX_LOOT_LINES) + " more");
                }
              }
              if (n.firewall().isPresent()) {
                Firewall f = n.firewall().get();
                StringBuilder b = new StringBuilder("firewall " + n.name() + ":");
                for (Map.Entry<String, Long> e : f.counters().entrySet()) {
                  b.append(' ').append(e.getKey()).append('=').append(e.getValue());
                }
                out.add(b.toString());
                f.log().stream()
                    .filter(l -> !l.contains(" action=allow "))
                    .limit(MAX_LOOT_LINES)
                    .forEach(l -> out.add("  " + l));
              }
              return null;
            });
      } catch (Exception e) {
        out.add(n.name() + ": " + e.getMessage());
      }
    }
    return out;
  }
}
