package org.ss7sim.simulator.config.scenario;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.network.SubscriberState;
import org.ss7sim.simulator.config.yaml.Fields;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.config.yaml.YamlMap;
import org.ss7sim.simulator.config.yaml.YamlNode;
import org.ss7sim.simulator.config.yaml.YamlScalar;

/**
 * Converters for the values of traffic sources: rates, number selections, hold times, expectations.
 */
public final class ScenarioValues {
  static final List<String> RAMP_KEYS = List.of("profile", "from", "to", "over");
  static final List<String> STEPS_KEYS = List.of("profile", "steps");
  static final List<String> STEP_KEYS = List.of("rate", "for");
  static final List<String> SELECTION_KEYS =
      List.of("numbers", "range", "prefix", "length", "subscribers", "hlr", "pick");
  static final List<String> HOLD_KEYS = List.of("distribution", "mean", "min", "max", "value");
  static final List<String> EXPECT_KEYS =
      List.of("success_ratio", "latency", "attempted", "causes");
  static final List<String> LATENCY_KEYS = List.of("p50", "p99", "max");
  static final List<String> BOUND_KEYS = List.of("min", "max");

  private ScenarioValues() {}

  static RateProfile rate(YamlNode node, String key) {
    if (node instanceof YamlScalar) {
      return new RateProfile.Constant(Values.number(0, 1_000_000).convert(node, key));
    }
    if (!(node instanceof YamlMap m)) {
      throw new ConfigException(
          node.location(),
          key + ": expected a rate per second or a profile map, found " + node.describe());
    }
    YamlNode profileNode =
        m.get("profile")
            .orElseThrow(
                () ->
                    new ConfigException(
                        node.location(), key + " needs key 'profile' (constant, ramp or steps)"));
    String profile = Values.string(profileNode, "profile");
    switch (profile) {
      case "constant":
        {
          Fields f = Fields.of(node, "rate", List.of("profile", "rate"));
          return new RateProfile.Constant(f.require("rate", Values.number(0, 1_000_000)));
        }
      case "ramp":
        {
          Fields f = Fields.of(node, "rate", RAMP_KEYS);
          return new RateProfile.Ramp(
              f.require("from", Values.number(0, 1_000_000)),
              f.require("to", Values.number(0, 1_000_000)),
              f.require("over", Values::duration));
        }
      case "steps":
        {
          Fields f = Fields.of(node, "rate", STEPS_KEYS);
          List<RateProfile.Step> steps =
              f.list(
                  "steps",
                  (n, k) -> {
                    Fields s = Fields.of(n, "rate step", STEP_KEYS);
                    return new RateProfile.Step(
                        s.require("rate", Values.number(0, 1_000_000)),
                        s.require("for", Values::duration));
                  });
          if (steps.isEmpty()) {
            throw new ConfigException(f.location(), "rate: steps needs at least one step");
          }
          return new RateProfile.Steps(steps);
        }
      default:
        throw new ConfigException(
            profileNode.location(),
            "profile: expected one of constant, ramp, steps, found " + profileNode.describe());
    }
  }

  /** Reads a number selection (numbers, range, prefix or subscribers). */
  public static NumberSelection selection(YamlNode node, String key) {
    if (!(node instanceof YamlMap)) {
      return new NumberSelection(
          new NumberSelection.Numbers(Values.listOf(Values::digits).convert(node, key)),
          NumberSelection.Pick.SEQUENTIAL);
    }
    Fields f = Fields.of(node, key, SELECTION_KEYS);
    String which = f.exactlyOne("numbers", "range", "prefix", "subscribers");
    NumberSelection.Pick pick =
        f.value(
            "pick",
            Values.enumeration(NumberSelection.Pick.class),
            NumberSelection.Pick.SEQUENTIAL);
    for (String k : List.of("length", "hlr")) {
      boolean fits = k.equals("length") ? which.equals("prefix") : which.equals("subscribers");
      if (f.has(k) && !fits) {
        throw new ConfigException(
            f.keyLocation(k),
            key
                + ": '"
                + k
                + "' goes with '"
                + (k.equals("length") ? "prefix" : "subscribers")
                + "', not '"
                + which
                + "'");
      }
    }
    NumberSelection.Source source =
        switch (which) {
          case "numbers" -> new NumberSelection.Numbers(f.list("numbers", Values::digits));
          case "range" -> range(f.require("range"), "range");
          case "prefix" -> {
            String prefix = f.require("prefix", Values::digits);
            int length = f.require("length", Values.integer(1, 20));
            if (length < prefix.length()) {
              throw new ConfigException(
                  f.valueLocation("length"), "length: shorter than the prefix '" + prefix + "'");
            }
            yield new NumberSelection.Prefix(prefix, length);
          }
          default -> {
            String state = f.require("subscribers", Values::string);
            Optional<SubscriberState> s =
                state.equals("any")
                    ? Optional.empty()
                    : Optional.of(
                        Values.enumeration(SubscriberState.class)
                            .convert(f.require("subscribers"), "subscribers"));
            yield new NumberSelection.Subscribers(f.optional("hlr", Values::name), s);
          }
        };
    return new NumberSelection(source, pick);
  }

  static NumberSelection.Range range(YamlNode node, String key) {
    String text = Values.string(node, key).trim();
    String[] ends = text.split("-", -1);
    if (ends.length != 2
        || !ends[0].trim().matches("\\d+")
        || !ends[1].trim().matches("\\d+")
        || ends[0].trim().length() != ends[1].trim().length()
        || ends[0].trim().compareTo(ends[1].trim()) > 0) {
      throw new ConfigException(
          node.location(),
          key
              + ": expected FIRST-LAST with digits of the same length, FIRST <= LAST, found '"
              + text
              + "'");
    }
    return new NumberSelection.Range(ends[0].trim(), ends[1].trim());
  }

  /** Reads a hold time (a duration or a distribution). */
  public static HoldTime hold(YamlNode node, String key) {
    if (node instanceof YamlScalar) {
      return new HoldTime.Fixed(Values.duration(node, key));
    }
    Fields f = Fields.of(node, key, HOLD_KEYS);
    String dist = f.require("distribution", Values::string);
    return switch (dist) {
      case "fixed" -> new HoldTime.Fixed(f.require("value", Values::duration));
      case "uniform" -> {
        Duration min = f.require("min", Values::duration);
        Duration max = f.require("max", Values::duration);
        if (max.compareTo(min) < 0) {
          throw new ConfigException(f.valueLocation("max"), "max: less than min");
        }
        yield new HoldTime.Uniform(min, max);
      }
      case "exponential" -> new HoldTime.Exponential(f.require("mean", Values::duration));
      default ->
          throw new ConfigException(
              f.valueLocation("distribution"),
              "distribution: expected one of fixed, uniform, exponential, found '" + dist + "'");
    };
  }

  static Expectations expectations(YamlNode node, String key) {
    Fields f = Fields.of(node, "expect", EXPECT_KEYS);
    Optional<Fields> latency = f.get("latency").map(n -> Fields.of(n, "latency", LATENCY_KEYS));
    Map<String, CountBound> causes = new LinkedHashMap<>();
    f.get("causes")
        .ifPresent(
            n -> {
              if (!(n instanceof YamlMap m)) {
                throw new ConfigException(
                    n.location(),
                    "causes: expected a map of cause to count, found " + n.describe());
              }
              for (YamlMap.Entry e : m.entries()) {
                if (!e.key().matches("[a-z0-9_]+")) {
                  throw new ConfigException(
                      e.keyLocation(),
                      "causes: expected cause names in lower_case, found '" + e.key() + "'");
                }
                causes.put(e.key(), countBound(e.value(), e.key()));
              }
            });
    return new Expectations(
        f.optional("success_ratio", Values.number(0, 1))
            .map(OptionalDouble::of)
            .orElse(OptionalDouble.empty()),
        latency.flatMap(l -> l.optional("p50", Values::duration)),
        latency.flatMap(l -> l.optional("p99", Values::duration)),
        latency.flatMap(l -> l.optional("max", Values::duration)),
        f.optional("attempted", ScenarioValues::countBound),
        causes);
  }

  static CountBound countBound(YamlNode node, String key) {
    if (node instanceof YamlScalar) {
      return CountBound.exactly(Values.longInteger(0, Long.MAX_VALUE).convert(node, key));
    }
    Fields f = Fields.of(node, key, BOUND_KEYS);
    long min = f.value("min", Values.longInteger(0, Long.MAX_VALUE), 0L);
    long max = f.value("max", Values.longInteger(0, Long.MAX_VALUE), Long.MAX_VALUE);
    if (max < min) {
      throw new ConfigException(f.valueLocation("max"), key + ": max is less than min");
    }
    return new CountBound(min, max);
  }
}
