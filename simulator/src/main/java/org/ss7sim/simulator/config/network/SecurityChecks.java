package org.ss7sim.simulator.config.network;

import java.util.Map;
import org.ss7sim.simulator.firewall.Category;
import org.ss7sim.simulator.firewall.FirewallConfig;
import org.ss7sim.simulator.firewall.Rule;

/**
 * Checks the firewalls against the rest of the file: category rules need the home network's
 * prefixes, category 3 the regions; a firewall with no interconnect marked anywhere, and a rule
 * after one that matches everything unconditionally, can never do what they say.
 */
final class SecurityChecks {
  private final NetworkValidator v;

  SecurityChecks(NetworkValidator v) {
    this.v = v;
  }

  void run() {
    Security s = v.network.security();
    for (Map.Entry<String, FirewallConfig> e : s.firewalls().entrySet()) {
      Node stp = v.network.node(e.getKey()).orElseThrow();
      FirewallConfig fw = e.getValue();
      String where = "firewall of '" + stp.name() + "': ";
      boolean anyInterconnect =
          !s.interconnectNodes().isEmpty() || !s.interconnectLinks().isEmpty();
      boolean catchAll = false;
      for (Rule r : fw.rules()) {
        if (catchAll) {
          v.report(
              stp.location(),
              where + "rule '" + r.name() + "' comes after a rule that matches everything");
        }
        if (r.category().isPresent()) {
          if (!anyInterconnect) {
            v.report(
                stp.location(),
                where
                    + "rule '"
                    + r.name()
                    + "' checks interconnect traffic, but no node or link is marked"
                    + " interconnect: true");
          }
          if (s.homeGtPrefixes().isEmpty()) {
            v.report(
                stp.location(),
                where + "rule '" + r.name() + "' needs the home network's home_gt_prefixes");
          }
          if (r.category().get() == Category.THREE && fw.regions().isEmpty()) {
            v.report(
                stp.location(),
                where + "rule '" + r.name() + "' (category 3) needs regions to place GTs");
          }
        } else if (r.match().equals(org.ss7sim.simulator.firewall.Match.ANY)
            && !(r.action() instanceof org.ss7sim.simulator.firewall.Action.LogOnly)) {
          catchAll = true;
        }
      }
    }
  }
}
