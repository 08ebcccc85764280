package org.ss7sim.simulator.config.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.network.SubscriberState;
import org.ss7sim.simulator.config.yaml.Fields;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.config.yaml.YamlMap;
import org.ss7sim.simulator.config.yaml.YamlNode;

/** Binds a scenario file's YAML tree to a {@link Scenario}, throwing at the first error. */
public final class ScenarioReader {
  static final List<String> SCENARIO_KEYS =
      List.of("name", "network", "duration", "seed", "traffic", "events", "checks");
  static final List<String> SOURCE_KEYS =
      List.of("name", "kind", "from", "rate", "count", "duration", "start", "to", "expect");
  static final List<String> EVENT_KEYS =
      List.of("at", "action", "link", "node", "subscriber", "state");
  static final List<String> CHECK_KEYS =
      List.of("at", "from", "to", "link", "node", "state", "counter", "message", "count");

  /** The text of short messages whose source gives none. */
  public static final String DEFAULT_SMS_TEXT = "Hello from ss7sim";

  private ScenarioReader() {}

  /** Reads a scenario with the simulator's traffic kinds ({@link TrafficKinds#installed()}). */
  public static Scenario read(YamlNode root, String defaultName) {
    return read(root, defaultName, TrafficKinds.installed());
  }

  /** Reads a scenario whose traffic sources may be of {@code kinds}. */
  public static Scenario read(
      YamlNode root, String defaultName, List<? extends TrafficKind> kinds) {
    Fields top = Fields.of(root, "the scenario file", SCENARIO_KEYS);
    Optional<Duration> duration = top.optional("duration", Values::duration);
    int[] position = {0};
    List<TrafficSource> sources =
        top.list("traffic", (n, k) -> source(n, ++position[0], duration, kinds));
    List<TimedEvent> events = top.list("events", ScenarioReader::event);
    List<Check> checks = top.list("checks", ScenarioReader::check);
    return new Scenario(
        top.value("name", Values::string, defaultName),
        top.optional("network", Values::string),
        duration,
        top.value("seed", Values.longInteger(Long.MIN_VALUE, Long.MAX_VALUE), 1L),
        sources,
        events,
        checks,
        root.location());
  }

  private static TrafficSource source(
      YamlNode node,
      int number,
      Optional<Duration> scenarioDuration,
      List<? extends TrafficKind> kinds) {
    if (!(node instanceof YamlMap raw)) {
      throw new ConfigException(
          node.location(),
          "traffic: expected a traffic source (a map of keys), found " + node.describe());
    }
    YamlNode kindNode =
        raw.get("kind")
            .orElseThrow(
                () -> new ConfigException(raw.location(), "traffic source needs key 'kind'"));
    TrafficKind kind = Values.named(kinds, TrafficKind::yamlName).convert(kindNode, "kind");
    List<String> allowed = new ArrayList<>(SOURCE_KEYS);
    allowed.addAll(kind.keys());
    Fields f = Fields.of(node, "traffic source", allowed, key -> kindHint(key, kind, kinds));
    String name = f.value("name", Values::name, kind.yamlName() + "-" + number);
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
    TrafficOptions options = kind.read(f);
    return new TrafficSource(
        name,
        kind,
        f.require("from", Values::name),
        f.value("rate", ScenarioValues::rate, new RateProfile.Constant(10)),
        count,
        duration,
        f.value("start", Values::duration, Duration.ZERO),
        f.require("to", ScenarioValues::selection),
        options,
        f.value("expect", ScenarioValues::expectations, Expectations.NONE),
        f.location());
  }

  private static String kindHint(String key, TrafficKind kind, List<? extends TrafficKind> all) {
    List<String> kinds = new ArrayList<>();
    for (TrafficKind k : all) {
      if (k.keys().contains(key)) {
        kinds.add(k.yamlName());
      }
    }
    return kinds.isEmpty()
        ? null
        : "'"
            + key
            + "' is a key of "
            + String.join(" and ", kinds)
            + " traffic, this source is "
            + kind.yamlName();
  }

  /** Reads the options of short messages submitted by an ESME ({@code kind: sms}). */
  public static TrafficOptions.SmsOptions sms(Fields f) {
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
        f.value("registered_delivery", Values::bool, true),
        f.optional("validity", ScenarioReader::smsValidity));
  }

  /** A relative validity_period holds whole seconds up to 99 days (SMPP 3.4 §7.1.1). */
  private static Duration smsValidity(YamlNode node, String name) {
    Duration d = Values.duration(node, name);
    if (d.compareTo(Duration.ofSeconds(1)) < 0 || d.compareTo(Duration.ofDays(99)) > 0) {
      throw new ConfigException(
          node.location(),
          name + ": expected a duration from 1s to 99 days, found " + node.describe());
    }
    return d;
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

  /**
   * One check: {@code {at, link, state: up|down}}, {@code {at, node, state: running|stopped}}, or a
   * count {@code {from, to, node, counter|message, [link], count}}.
   */
  static Check check(YamlNode node, String key) {
    if (!(node instanceof YamlMap raw)) {
      throw new ConfigException(
          node.location(), "checks: expected a check (a map of keys), found " + node.describe());
    }
    boolean count = raw.get("count").isPresent();
    Fields f =
        Fields.of(
            node,
            "check",
            count
                ? List.of("from", "to", "node", "counter", "link", "message", "count")
                : List.of("at", "link", "node", "state"),
            k ->
                CHECK_KEYS.contains(k)
                    ? "'"
                        + k
                        + "' does not go with "
                        + (count
                            ? "a count check (from, to, node, counter or message, count)"
                            : "a state check (at, link or node, state)")
                    : null);
    if (count) {
      Optional<String> counter = f.optional("counter", Values::string);
      Optional<String> message = f.optional("message", Values::string);
      Optional<String> link = f.optional("link", Values::name);
      if (counter.isPresent() == message.isPresent()) {
        throw new ConfigException(f.location(), "a count check needs 'counter' or 'message'");
      }
      if (counter.isPresent() && !M3UA_COUNTERS.contains(counter.get())) {
        Optional<String> near =
            org.ss7sim.simulator.config.yaml.Spelling.nearest(counter.get(), M3UA_COUNTERS);
        throw new ConfigException(
            f.valueLocation("counter"),
            "counter: expected an M3UA counter ("
                + String.join(", ", M3UA_COUNTERS)
                + "), found '"
                + counter.get()
                + "'"
                + near.map(s -> " (did you mean '" + s + "'?)").orElse(""));
      }
      if (link.isPresent() && !counter.equals(Optional.of("data_received"))) {
        throw new ConfigException(
            f.keyLocation("link"), "'link' goes with counter data_received only");
      }
      Duration from = f.value("from", Values::duration, Duration.ZERO);
      Duration to = f.require("to", Values::duration);
      if (to.compareTo(from) < 0) {
        throw new ConfigException(f.valueLocation("to"), "to: comes before 'from'");
      }
      return new Check.Count(
          from,
          to,
          f.require("node", Values::name),
          counter,
          link,
          message,
          f.require("count", ScenarioValues::countBound),
          f.location());
    }
    Duration at = f.require("at", Values::duration);
    String state = f.require("state", Values::string);
    if (f.has("link") == f.has("node")) {
      throw new ConfigException(f.location(), "a state check names a 'link' or a 'node'");
    }
    if (f.has("link")) {
      if (!state.equals("up") && !state.equals("down")) {
        throw new ConfigException(
            f.valueLocation("state"), "state: a link is 'up' or 'down', found '" + state + "'");
      }
      return new Check.LinkState(
          at, f.require("link", Values::name), state.equals("up"), f.location());
    }
    if (!state.equals("running") && !state.equals("stopped")) {
      throw new ConfigException(
          f.valueLocation("state"),
          "state: a node is 'running' or 'stopped', found '" + state + "'");
    }
    return new Check.NodeState(
        at, f.require("node", Values::name), state.equals("running"), f.location());
  }

  /** The M3UA counters a count check may name (lower case names of the m3ua node's counters). */
  static final List<String> M3UA_COUNTERS =
      List.of(
          "received",
          "sent",
          "data_received",
          "data_sent",
          "delivered",
          "forwarded",
          "diverted",
          "buffered",
          "changed_over",
          "discarded_no_route",
          "discarded_would_return",
          "discarded_pending",
          "discarded_no_user",
          "err_sent",
          "err_received",
          "heartbeat_timeouts");
}
