package org.ss7sim.simulator.config.scenario;

import java.util.List;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.yaml.Fields;

/**
 * What a traffic source generates (DESIGN.md §3 flows), as the scenario file sees it: the kind's
 * name ({@code kind:} value), its own keys, the nodes it starts at and how its options are read.
 * Each kind is declared once, by its class in {@code simulator.traffic} (its {@code KIND}), and
 * registered in that package's one list of kinds, which this package reaches through {@link
 * TrafficKinds}.
 */
public interface TrafficKind {
  /** The name in a scenario file ({@code mo_sms}; {@code mo-sms} is read too). */
  String yamlName();

  /** The keys a source of this kind may have besides the common ones. */
  List<String> keys();

  /** The kinds of node a source of this kind starts at. */
  List<NodeKind> originators();

  /** Reads this kind's own keys of a traffic source (throws {@code ConfigException}). */
  TrafficOptions read(Fields f);
}
