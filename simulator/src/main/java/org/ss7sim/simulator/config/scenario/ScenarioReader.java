package org.ss7sim.simulator.config.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.network.SubscriberState;
import org.ss7sim.simulator.config.yaml.Fields;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.config.yaml.YamlMap;
import org.ss7sim.simulator.config.yaml.YamlNode;
import org.ss7sim.simulator.config.yaml.YamlScalar;

/** Binds a scenario file's YAML tree to a {@link Scenario}, throwing at the first error. */
public final class ScenarioReader {
  static final List<String> SCENARIO_KEYS =
      List.of("name", "network", "duration", "seed", "traffic", "events");
  static final List<String> SOURCE_KEYS =
      List.of("name", "kind", "from", "rate", "count", "duration", "start", "to", "expect");
  static final Map<TrafficKind, List<String>> KIND_KEYS =
      Map.of(
          TrafficKind.CALL, List.of("calling", "hold"),
          TrafficKind.SMS, List.of("sender", "text", "length", "alphabet", "registered_delivery"),
          TrafficKind.USSD, List.of("text"),
          TrafficKind.LOCATION, List.of("query"));
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
  static final List<String> EVENT_KEYS =
      List.of("at", "action", "link", "node", "subscriber", "state");

  static final String DEFAULT_SMS_TEXT = "Hello from ss7sim";

  private ScenarioReader() {}

  public static Scenario read(YamlNode root, String defaultName) {
    Fields top = Fields.of(root, "the scenario file", SCENARIO_KEYS);
    Optional<Duration> duration = top.optional("duration", Values::duration);
    int[] position = {0};
    List<TrafficSource> sources = top.list("traffic", (n, k) -> source(n, ++position[0], duration));
    List<TimedEvent> events = top.list("events", ScenarioReader::event);
    return new Scenario(
        top.value("name", Values::string, defaultName),
        top.optional("network", Values::string),
        duration,
        top.value("seed", Values.longInteger(Long.MIN_VALUE, Long.MAX_VALUE), 1L),
        sources,
        events,
        root.location());
  }

  private static TrafficSource source(
      YamlNode node, int number, Optional<Duration> scenarioDuration) {
    if (!(node instanceof YamlMap raw)) {
      throw new ConfigException(
          node.location(),
          "traffic: expected a traffic source (a map of keys), found " + node.describe());
    }
    YamlNode kindNode =
        raw.get("kind")
            .orElseThrow(
                () -> new ConfigException(raw.location(), "traffic source needs key 'kind'"));
    TrafficKind kind = Values.enumeration(TrafficKind.class).convert(kindNode, "kind");
    List<String> allowed = new ArrayList<>(SOURCE_KEYS);
    allowed.addAll(KIND_KEYS.get(kind));
    Fields f = Fields.of(node, "traffic source", allowed, key -> kindHint(key, kind));
    String name =
        f.value(
            "name", Values::name, kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + number);
    OptionalLong count =
        f.optional("count", Values.longInteger(1, Long.MAX_VALUE))
            .map(OptionalLong::of)
            .orElse(OptionalLong.empty());
    Optional<Duration> duration = f.optional("duration", Values::duration);
    if (count.isEmpty() && duration.isEmpty() && scenarioDuration.isEmpty()) {
      throw new ConfigException(
          f.location(),
          "traffic source '"
              + name
              + "' needs 'count' or 'duration' (or the scenario a 'duration')");
    }
    TrafficOptions options =
        switch (kind) {
          case CALL ->
              new TrafficOptions.CallOptions(
                  f.optional("calling", ScenarioReader::selection),
                  f.value("hold", ScenarioReader::hold, new HoldTime.Fixed(Duration.ofSeconds(1))));
          case SMS -> sms(f);
          case USSD -> new TrafficOptions.UssdOptions(f.value("text", Values::string, "*100#"));
          case LOCATION ->
              new TrafficOptions.LocationOptions(
                  f.value("query", Values.enumeration(LocationQuery.class), LocationQuery.ATI));
        };
    return new TrafficSource(
        name,
        kind,
        f.require("from", Values::name),
        f.value("rate", ScenarioReader::rate, new RateProfile.Constant(10)),
        count,
        duration,
        f.value("start", Values::duration, Duration.ZERO),
        f.require("to", ScenarioReader::selection),
        options,
        f.value("expect", ScenarioReader::expectations, Expectations.NONE),
        f.location());
  }

  private static String kindHint(String key, TrafficKind kind) {
    List<String> kinds = new ArrayList<>();
    for (TrafficKind k : TrafficKind.values()) {
      if (KIND_KEYS.get(k).contains(key)) {
        kinds.add(k.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return kinds.isEmpty()
        ? null
        : "'"
            + key
            + "' is a key of "
            + String.join(" and ", kinds)
            + " traffic, this source is "
            + kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static TrafficOptions.SmsOptions sms(Fields f) {
    Optional<String> text = f.optional("text", Values::string);
    Alphabet alphabet = f.value("alphabet", Values.enumeration(Alphabet.class), Alphabet.GSM7);
    int length =
        f.value(
            "length",
            Values.integer(1, 255 * 153),
            text.map(String::length).orElse(DEFAULT_SMS_TEXT.length()));
    if (text.isPresent() && f.has("length") && text.get().length() != length) {
      throw new ConfigException(
          f.keyLocation("length"),
          "give 'text' or 'length', not both (text has " + text.get().length() + " characters)");
    }
    return new TrafficOptions.SmsOptions(
        f.value("sender", Values::string, "1000"),
        text,
        length,
        alphabet,
        f.value("registered_delivery", Values::bool, true));
  }

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

  static NumberSelection selection(YamlNode node, String key) {
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

  private static NumberSelection.Range range(YamlNode node, String key) {
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

  static HoldTime hold(YamlNode node, String key) {
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
        f.optional("attempted", ScenarioReader::countBound),
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

  private static final Map<String, List<String>> EVENT_ARGS =
      Map.of(
          "link_down", List.of("link"),
          "link_up", List.of("link"),
          "subscriber_state", List.of("subscriber", "state"),
          "node_stop", List.of("node"),
          "node_start", List.of("node"),
          "node_restart", List.of("node"));

  static TimedEvent event(YamlNode node, String key) {
    if (!(node instanceof YamlMap raw)) {
      throw new ConfigException(
          node.location(), "events: expected an event (a map of keys), found " + node.describe());
    }
    List<String> actions =
        List.of(
            "link_down", "link_up", "subscriber_state", "node_stop", "node_start", "node_restart");
    YamlNode actionNode =
        raw.get("action")
            .orElseThrow(
                () ->
                    new ConfigException(
                        raw.location(),
                        "event needs key 'action' (" + String.join(", ", actions) + ")"));
    String action = Values.string(actionNode, "action");
    if (!EVENT_ARGS.containsKey(action)) {
      Optional<String> near = org.ss7sim.simulator.config.yaml.Spelling.nearest(action, actions);
      throw new ConfigException(
          actionNode.location(),
          "action: expected one of "
              + String.join(", ", actions)
              + ", found '"
              + action
              + "'"
              + near.map(s -> " (did you mean '" + s + "'?)").orElse(""));
    }
    List<String> allowed = new ArrayList<>(List.of("at", "action"));
    allowed.addAll(EVENT_ARGS.get(action));
    Fields f =
        Fields.of(
            node,
            action + " event",
            allowed,
            k -> EVENT_KEYS.contains(k) ? "'" + k + "' does not go with action " + action : null);
    Duration at = f.require("at", Values::duration);
    return switch (action) {
      case "link_down" ->
          new TimedEvent.LinkDown(at, f.require("link", Values::name), f.location());
      case "link_up" -> new TimedEvent.LinkUp(at, f.require("link", Values::name), f.location());
      case "subscriber_state" ->
          new TimedEvent.SubscriberStateChange(
              at,
              f.require("subscriber", Values::digits),
              f.require("state", Values.enumeration(SubscriberState.class)),
              f.location());
      case "node_stop" ->
          new TimedEvent.NodeStop(at, f.require("node", Values::name), f.location());
      case "node_start" ->
          new TimedEvent.NodeStart(at, f.require("node", Values::name), f.location());
      default -> new TimedEvent.NodeRestart(at, f.require("node", Values::name), f.location());
    };
  }
}
