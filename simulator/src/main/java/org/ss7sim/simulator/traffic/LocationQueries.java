package org.ss7sim.simulator.traffic;

import java.util.List;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.scenario.LocationQuery;
import org.ss7sim.simulator.config.scenario.TrafficOptions.LocationOptions;
import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.msc.Msc;

/** Location queries (ATI, SRI, SRI-for-SM) to the HLR; succeed with its result. */
final class LocationQueries implements Traffic {
  /**
   * {@code kind: location} — location queries to the HLR (anyTimeInterrogation, SRI or SRI-for-SM).
   */
  static final Kind KIND =
      new Kind(
          "location",
          List.of("query"),
          List.of(NodeKind.MSC), // the MSC/VLR asks (Msc.query); nothing else can start one
          f ->
              new LocationOptions(
                  f.value("query", Values.enumeration(LocationQuery.class), LocationQuery.ATI)),
          (source, net, seed) -> new LocationQueries(source, net));

  private final TrafficSource source;
  private final SimNetwork net;
  private final LocationQuery query;

  LocationQueries(TrafficSource source, SimNetwork net) {
    this.source = source;
    this.net = net;
    this.query = ((LocationOptions) source.options()).query();
  }

  @Override
  public void start(String flow, String to, Attempt attempt) {
    SimNode origin = net.node(source.from()).orElse(null);
    if (origin == null || !(origin.logic().orElse(null) instanceof Msc msc)) {
      attempt.fail("not_supported");
      return;
    }
    origin.execute(() -> msc.query(query, flow, to, attempt));
  }
}
