package org.ss7sim.simulator.config.yaml;

import java.util.List;
import java.util.Optional;
import org.ss7sim.simulator.config.Location;

/** A YAML mapping in document order; keys are unique (the reader rejects duplicates). */
public record YamlMap(Location location, List<Entry> entries) implements YamlNode {
  /** One key and its value, with the place of the key. */
  public record Entry(String key, Location keyLocation, YamlNode value) {}

  public YamlMap {
    entries = List.copyOf(entries);
  }

  public Optional<Entry> entry(String key) {
    for (Entry e : entries) {
      if (e.key().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  public Optional<YamlNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  @Override
  public String describe() {
    return "a map";
  }
}
