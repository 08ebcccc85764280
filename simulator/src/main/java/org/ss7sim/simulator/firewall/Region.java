package org.ss7sim.simulator.firewall;

/** Global titles starting with {@code prefix} belong to {@code name} (a country or region). */
public record Region(String prefix, String name) {
  public Region {
    if (!prefix.matches("\\d{1,15}")) {
      throw new IllegalArgumentException("a region prefix is 1-15 digits: " + prefix);
    }
  }
}
