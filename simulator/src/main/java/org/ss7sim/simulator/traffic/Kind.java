package org.ss7sim.simulator.traffic;

import java.util.List;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.scenario.TrafficKind;
import org.ss7sim.simulator.config.scenario.TrafficOptions;
import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.config.yaml.Fields;
import org.ss7sim.simulator.network.SimNetwork;

/**
 * One kind of traffic, whole: its file syntax (name, own keys, originating node kinds, how its
 * options are read) and how its attempts start. Declared by the kind's class as its {@code KIND}
 * and listed in {@link Kinds#ALL}.
 *
 * @param yamlName the {@code kind:} value ({@code mo_sms}; {@code mo-sms} is read too)
 * @param keys the keys a source of the kind may have besides the common ones
 * @param originators the kinds of node a source of the kind starts at
 * @param options reads the kind's own keys
 * @param traffic the kind's traffic for one source of a run
 */
public record Kind(
    String yamlName,
    List<String> keys,
    List<NodeKind> originators,
    OptionsReader options,
    Factory traffic)
    implements TrafficKind {
  /** Reads a kind's own keys of a traffic source. */
  @FunctionalInterface
  public interface OptionsReader {
    TrafficOptions read(Fields f);
  }

  /** Makes the traffic of one source: {@code seed} seeds its own number choices. */
  @FunctionalInterface
  public interface Factory {
    Traffic create(TrafficSource source, SimNetwork net, long seed);
  }

  public Kind {
    keys = List.copyOf(keys);
    originators = List.copyOf(originators);
  }

  @Override
  public TrafficOptions read(Fields f) {
    return options.read(f);
  }

  @Override
  public String toString() {
    return yamlName;
  }
}
