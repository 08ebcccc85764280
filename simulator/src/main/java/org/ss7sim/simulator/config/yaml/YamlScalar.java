package org.ss7sim.simulator.config.yaml;

import java.util.Objects;
import org.ss7sim.simulator.config.Location;

/**
 * A YAML scalar with its text exactly as written (so {@code 0612} stays {@code "0612"}) and how
 * YAML would type it.
 */
public record YamlScalar(Location location, String text, Type type) implements YamlNode {
  /** The type the YAML parser resolved the plain scalar to; quoted scalars are strings. */
  public enum Type {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
  }

  public YamlScalar {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }

  public boolean isNull() {
    return type == Type.NULL;
  }

  @Override
  public String describe() {
    return type == Type.NULL ? "nothing (null)" : "'" + text + "'";
  }
}
