package org.ss7sim.simulator.config.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.Location;

/**
 * The keys of one YAML map, checked against the keys allowed there. Creating it rejects the first
 * unknown key, naming it, its place and the nearest allowed key. A key written with no value
 * ({@code key:} or {@code key: ~}) counts as absent, so the default applies.
 */
public final class Fields {
  private final YamlMap map;
  private final String what;

  private Fields(YamlMap map, String what) {
    this.map = map;
    this.what = what;
  }

  /**
   * Checks that {@code node} is a map whose keys are all in {@code allowed}. {@code what} names the
   * map in messages ("node 'ssp-a'", "route").
   */
  public static Fields of(YamlNode node, String what, Collection<String> allowed) {
    return of(node, what, allowed, key -> null);
  }

  /**
   * As {@link #of(YamlNode, String, Collection)}; for an unknown key, {@code hint} may explain why
   * it is not allowed here (e.g. a key valid only for another node kind) instead of a spelling
   * suggestion.
   */
  public static Fields of(
      YamlNode node, String what, Collection<String> allowed, Function<String, String> hint) {
    if (!(node instanceof YamlMap m)) {
      throw new ConfigException(
          node.location(), what + ": expected a map of keys, found " + node.describe());
    }
    Set<String> allowedSet = Set.copyOf(allowed);
    for (YamlMap.Entry e : m.entries()) {
      if (!allowedSet.contains(e.key())) {
        String special = hint.apply(e.key());
        String message = "unknown key '" + e.key() + "' in " + what;
        if (special != null) {
          message += " (" + special + ")";
        } else {
          Optional<String> near = Spelling.nearest(e.key(), allowed);
          message +=
              near.map(s -> " (did you mean '" + s + "'?)")
                  .orElse(" (valid keys: " + String.join(", ", allowed) + ")");
        }
        throw new ConfigException(e.keyLocation(), message);
      }
    }
    return new Fields(m, what);
  }

  public Location location() {
    return map.location();
  }

  public String what() {
    return what;
  }

  /** Whether the key is present with a value. */
  public boolean has(String key) {
    return get(key).isPresent();
  }

  /** The value of the key, absent when missing or null. */
  public Optional<YamlNode> get(String key) {
    return map.get(key).filter(n -> !(n instanceof YamlScalar s && s.isNull()));
  }

  /** Where the key is written, or the map's place when the key is missing. */
  public Location keyLocation(String key) {
    return map.entry(key).map(YamlMap.Entry::keyLocation).orElse(map.location());
  }

  /** Where the key's value starts, or the map's place when the key is missing. */
  public Location valueLocation(String key) {
    return get(key).map(YamlNode::location).orElse(map.location());
  }

  public YamlNode require(String key) {
    return get(key)
        .orElseThrow(() -> new ConfigException(map.location(), what + " needs key '" + key + "'"));
  }

  public <T> T require(String key, Converter<T> converter) {
    return converter.convert(require(key), key);
  }

  public <T> Optional<T> optional(String key, Converter<T> converter) {
    return get(key).map(n -> converter.convert(n, key));
  }

  public <T> T value(String key, Converter<T> converter, T defaultValue) {
    return optional(key, converter).orElse(defaultValue);
  }

  /**
   * A list-valued key: a YAML list, or a single value standing for a list of one. Missing: empty.
   */
  public <T> List<T> list(String key, Converter<T> converter) {
    return get(key).map(n -> Values.listOf(converter).convert(n, key)).orElse(List.of());
  }

  /** The keys present with a value, in document order. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (YamlMap.Entry e : map.entries()) {
      if (has(e.key())) {
        keys.add(e.key());
      }
    }
    return keys;
  }

  /** Throws unless exactly one of the keys is present; returns it. */
  public String exactlyOne(String... keys) {
    String found = null;
    for (String k : keys) {
      if (has(k)) {
        if (found != null) {
          throw new ConfigException(
              keyLocation(k),
              what
                  + ": give only one of "
                  + String.join(", ", keys)
                  + " (found '"
                  + found
                  + "' and '"
                  + k
                  + "')");
        }
        found = k;
      }
    }
    if (found == null) {
      throw new ConfigException(
          map.location(), what + " needs one of the keys " + String.join(", ", keys));
    }
    return found;
  }
}
