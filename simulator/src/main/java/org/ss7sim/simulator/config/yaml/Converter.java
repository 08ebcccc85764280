package org.ss7sim.simulator.config.yaml;

/**
 * Turns a YAML node into a value, or throws a {@link org.ss7sim.simulator.config.ConfigException}
 * at the node saying what {@code name} expected.
 */
@FunctionalInterface
public interface Converter<T> {
  T convert(YamlNode node, String name);
}
