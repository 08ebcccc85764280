package org.ss7sim.simulator.config;

import java.util.Objects;

/**
 * A place in a configuration file, printed as {@code file:line:column} like compilers do. Lines and
 * columns count from 1.
 */
public record Location(String source, int line, int column) {
  public Location {
    Objects.requireNonNull(source, "source");
  }

  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
