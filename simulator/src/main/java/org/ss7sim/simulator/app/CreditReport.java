package org.ss7sim.simulator.app;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ss7sim.simulator.config.network.KindData;
import org.ss7sim.simulator.config.network.PrepaidService;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.scp.PrepaidScf;
import org.ss7sim.simulator.node.scp.Scp;

/**
 * What a run cost the prepaid subscribers (TS 23.078 §4.5): for each SCP with a prepaid service,
 * the accounts whose balance changed, as "prepaid scp 9990150000000: credit 3 -> 0 units", read on
 * the SCP's thread before the network stops. Shows the demo's CAMEL prepaid call (released when its
 * credit is gone) and CAMEL-charged MO-SMS in plain words beside their ladders. Reads at most
 * {@value #MAX_ACCOUNTS} accounts per SCP and prints at most {@value #MAX_LINES} lines per SCP.
 */
final class CreditReport {
  static final int MAX_ACCOUNTS = 10_000;
  static final int MAX_LINES = 10;

  private CreditReport() {}

  /** The lines, empty for a network without a prepaid service or a run that charged nothing. */
  static List<String> lines(SimNetwork net) {
    List<String> out = new ArrayList<>();
    for (SimNode n : net.nodes()) {
      if (!(n.config().data() instanceof KindData.ScpData scp) || scp.prepaid().isEmpty()) {
        continue;
      }
      try {
        out.addAll(n.call(() -> changed(n, scp.prepaid().get())));
      } catch (Exception e) {
        // a node that cannot answer (stopped) has nothing to add
      }
    }
    return out;
  }

  private static List<String> changed(SimNode n, PrepaidService service) {
    Optional<PrepaidScf> scf =
        n.logic().orElse(null) instanceof Scp s ? s.prepaid() : Optional.empty();
    if (scf.isEmpty()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    int read = 0;
    int more = 0;
    for (PrepaidService.PrepaidAccount a : service.accounts()) {
      for (int i = 0; i < a.count() && read < MAX_ACCOUNTS; i++, read++) {
        String msisdn = plus(a.msisdn(), i);
        long now = scf.get().balance(msisdn).orElse(a.balance());
        if (now == a.balance()) {
          continue;
        }
        if (lines.size() < MAX_LINES) {
          lines.add(
              String.format(
                  Locale.ROOT,
                  "prepaid %s %s: credit %d -> %d units",
                  n.name(),
                  msisdn,
                  a.balance(),
                  now));
        } else {
          more++;
        }
      }
    }
    if (more > 0) {
      lines.add("prepaid " + n.name() + ": ... " + more + " more accounts charged");
    }
    return lines;
  }

  /** {@code msisdn} + {@code i}, keeping its length (leading zeros). */
  private static String plus(String msisdn, int i) {
    String s = new BigInteger(msisdn).add(BigInteger.valueOf(i)).toString();
    return "0".repeat(Math.max(0, msisdn.length() - s.length())) + s;
  }
}
