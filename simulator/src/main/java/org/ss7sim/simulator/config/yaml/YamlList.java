package org.ss7sim.simulator.config.yaml;

import java.util.List;
import org.ss7sim.simulator.config.Location;

/** A YAML sequence. */
public record YamlList(Location location, List<YamlNode> items) implements YamlNode {
  public YamlList {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
