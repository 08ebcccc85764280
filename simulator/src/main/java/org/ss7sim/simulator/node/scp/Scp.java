package org.ss7sim.simulator.node.scp;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.ss7sim.inap.message.Cause;
import org.ss7sim.inap.scf.ScfService;
import org.ss7sim.inap.scp.NumberTranslation;
import org.ss7sim.inap.scp.RoutingTarget;
import org.ss7sim.inap.scp.TranslationEntry;
import org.ss7sim.inap.scp.TranslationTable;
import org.ss7sim.inap.scp.Treatment;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.network.KindData.ScpData;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.PrepaidService;
import org.ss7sim.simulator.network.NodeLogic;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.tcap.TcapStack;

/**
 * A service control point (DESIGN.md §3 flow 2): INAP InitialDP answered from the network file's
 * translation table, the longest matching prefix winning (entries for the query's service key
 * before those for any key): Connect to the routing number replacing the prefix, a weighted split
 * among routing numbers, or ReleaseCall with a cause.
 */
public final class Scp implements NodeLogic {
  private final Node config;
  private ScfService scf;
  private PrepaidScf prepaid;
  private org.ss7sim.cap.scf.GsmScfService camel;

  public Scp(Node config) {
    this.config = config;
  }

  /** The INAP translation table for a network file's SCP entry. */
  public static TranslationTable table(ScpData data) {
    TranslationTable.Builder b = TranslationTable.builder();
    for (org.ss7sim.simulator.config.network.NumberTranslation t : data.translations()) {
      Treatment treatment;
      if (t.action() instanceof org.ss7sim.simulator.config.network.NumberTranslation.RouteTo r) {
        treatment =
            new Treatment.Route(List.of(RoutingTarget.replacingPrefix(r.routingNumber(), 1)));
      } else if (t.action()
          instanceof org.ss7sim.simulator.config.network.NumberTranslation.Release rel) {
        treatment = new Treatment.Release(Cause.of(rel.cause()));
      } else {
        var split = (org.ss7sim.simulator.config.network.NumberTranslation.Split) t.action();
        List<RoutingTarget> targets = new ArrayList<>();
        for (var s : split.shares()) {
          targets.add(RoutingTarget.replacingPrefix(s.routingNumber(), s.weight()));
        }
        treatment = new Treatment.Route(targets);
      }
      long key =
          t.serviceKey().isPresent() ? t.serviceKey().getAsInt() : TranslationEntry.ANY_SERVICE_KEY;
      b.entry(t.prefix(), key, "line " + t.location().line()).otherwise(treatment);
    }
    return b.build();
  }

  @Override
  public void start(SimNode node) {
    TcapStack tcap = node.tcap(Ssn.INAP.value()).orElseThrow();
    NumberTranslation logic =
        new NumberTranslation(
            table(config.data(ScpData.class)),
            node.loop().timers(),
            ZoneOffset.UTC,
            new Random(1),
            Set.of());
    scf = new ScfService(tcap, logic).bind();
    startCamel(node);
  }

  /**
   * The gsmSCF on SSN 146 when the SCP has it: T-CSI calls answered from the translations ({@link
   * TerminatingScf}), the rest by the prepaid service when the file gives the SCP one.
   */
  private void startCamel(SimNode node) {
    Optional<PrepaidService> service = config.data(ScpData.class).prepaid();
    Optional<TcapStack> capTcap = node.tcap(Ssn.CAP.value());
    if (capTcap.isPresent()) {
      prepaid = service.map(PrepaidScf::new).orElse(null);
      camel =
          new org.ss7sim.cap.scf.GsmScfService(
                  capTcap.get(), new TerminatingScf(table(config.data(ScpData.class)), prepaid))
              .bind();
    }
  }

  /** The prepaid service, if this SCP runs one (read it on the node's thread). */
  public Optional<PrepaidScf> prepaid() {
    return Optional.ofNullable(prepaid);
  }

  @Override
  public List<String> leaks() {
    return prepaid == null || prepaid.openDialogues() == 0
        ? List.of()
        : List.of(prepaid.openDialogues() + " prepaid calls open");
  }

  @Override
  public void stop() {}
}
