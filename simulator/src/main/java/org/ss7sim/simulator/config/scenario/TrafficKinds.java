package org.ss7sim.simulator.config.scenario;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The kinds of traffic a scenario file may name. The one list is {@code simulator.traffic.Kinds},
 * above this package (a kind's class starts attempts on the running network); the scenario reader
 * finds it as the one provider of this interface (META-INF/services), or is given a list.
 */
public interface TrafficKinds {
  /** Every kind, in the order the documentation lists them. */
  List<? extends TrafficKind> all();

  /** The kinds of the simulator's {@code traffic} package. */
  static List<? extends TrafficKind> installed() {
    return Installed.KINDS;
  }

  /** Loaded once, when first asked. */
  final class Installed {
    private static final List<? extends TrafficKind> KINDS = load();

    private Installed() {}

    private static List<? extends TrafficKind> load() {
      List<TrafficKinds> providers =
          ServiceLoader.load(TrafficKinds.class, TrafficKinds.class.getClassLoader()).stream()
              .map(ServiceLoader.Provider::get)
              .toList();
      if (providers.size() != 1) {
        throw new IllegalStateException(
            "expected one provider of TrafficKinds (simulator.traffic.Kinds), found "
                + providers.size());
      }
      return List.copyOf(providers.get(0).all());
    }
  }
}
