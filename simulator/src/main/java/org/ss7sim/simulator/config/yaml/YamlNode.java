package org.ss7sim.simulator.config.yaml;

import org.ss7sim.simulator.config.Location;

/** A node of a YAML document with the place it starts at. */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {
  Location location();

  /** How the node reads in an error message: "a map", "a list", "'abc'". */
  String describe();
}
