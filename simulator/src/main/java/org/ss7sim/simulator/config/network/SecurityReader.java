package org.ss7sim.simulator.config.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.yaml.Fields;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.config.yaml.YamlList;
import org.ss7sim.simulator.config.yaml.YamlNode;
import org.ss7sim.simulator.firewall.Action;
import org.ss7sim.simulator.firewall.Category;
import org.ss7sim.simulator.firewall.FirewallConfig;
import org.ss7sim.simulator.firewall.Match;
import org.ss7sim.simulator.firewall.Operations;
import org.ss7sim.simulator.firewall.Region;
import org.ss7sim.simulator.firewall.Rule;

/**
 * Reads the interconnect and firewall keys of a network file (docs/security.md): {@code
 * home_gt_prefixes} and {@code home_imsi_prefixes} at the top, {@code interconnect} on nodes and
 * links, {@code firewall} on STPs. A rule that names an unknown operation or application context, a
 * prefix that is not digits, an action without its parameter (or with one it does not take) is an
 * error at its place in the file.
 */
final class SecurityReader {
  static final List<String> FIREWALL_KEYS =
      List.of("enabled", "rules", "regions", "min_travel", "sms_window");
  static final List<String> RULE_KEYS =
      List.of(
          "name",
          "category",
          "calling",
          "called",
          "ssn",
          "context",
          "op",
          "subscriber",
          "interconnect",
          "action",
          "cause");
  static final List<String> REGION_KEYS = List.of("prefix", "region");
  static final List<String> ACTIONS = List.of("allow", "drop", "tcap-abort", "udts", "log-only");

  private SecurityReader() {}

  static Security read(Fields top, List<NetworkReader.Common> commons) {
    List<String> homeGt = top.list("home_gt_prefixes", Values::digits);
    List<String> homeImsi = top.list("home_imsi_prefixes", Values::digits);
    Set<String> nodes = new LinkedHashSet<>();
    Set<String> links = new HashSet<>();
    Map<String, FirewallConfig> firewalls = new LinkedHashMap<>();
    for (NetworkReader.Common c : commons) {
      Fields f = c.fields();
      if (c.kind() == NodeKind.ESME) {
        continue;
      }
      if (f.value("interconnect", Values::bool, false)) {
        nodes.add(c.name());
      }
      for (YamlNode l : items(f, "links")) {
        Fields lf = Fields.of(l, "link of node '" + c.name() + "'", NetworkReader.LINK_KEYS);
        if (lf.value("interconnect", Values::bool, false)) {
          String peer = lf.require("peer", Values::name);
          links.add(c.name() + "/" + peer);
          links.add(peer + "/" + c.name());
        }
      }
      if (c.kind() == NodeKind.STP && f.has("firewall")) {
        firewalls.put(c.name(), firewall(f.require("firewall"), c.name(), homeGt, homeImsi));
      }
    }
    return new Security(homeGt, homeImsi, nodes, links, firewalls);
  }

  private static List<YamlNode> items(Fields f, String key) {
    Optional<YamlNode> n = f.get(key);
    if (n.isEmpty()) {
      return List.of();
    }
    return n.get() instanceof YamlList l ? l.items() : List.of(n.get());
  }

  static FirewallConfig firewall(
      YamlNode node, String stp, List<String> homeGt, List<String> homeImsi) {
    Fields f = Fields.of(node, "firewall of '" + stp + "'", FIREWALL_KEYS);
    List<Rule> rules = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (YamlNode r : items(f, "rules")) {
      Rule rule = rule(r, rules.size() + 1);
      if (!names.add(rule.name())) {
        throw new ConfigException(
            r.location(), "two firewall rules are named '" + rule.name() + "'");
      }
      rules.add(rule);
    }
    List<Region> regions =
        f.list(
            "regions",
            (n, k) -> {
              Fields rf = Fields.of(n, "region", REGION_KEYS);
              return new Region(
                  rf.require("prefix", Values::digits), rf.require("region", Values::string));
            });
    return new FirewallConfig(
        f.value("enabled", Values::bool, true),
        rules,
        homeGt,
        homeImsi,
        regions,
        f.value("min_travel", Values::duration, FirewallConfig.DEFAULT_MIN_TRAVEL),
        f.value("sms_window", Values::duration, FirewallConfig.DEFAULT_SMS_WINDOW));
  }

  private static Rule rule(YamlNode node, int index) {
    Fields f = Fields.of(node, "firewall rule " + index, RULE_KEYS);
    Optional<Category> category =
        f.optional(
            "category",
            (n, k) -> {
              int c = Values.integer(1, 3).convert(n, k);
              return Category.of(c);
            });
    String name =
        f.value(
            "name",
            Values::name,
            category.map(c -> "category-" + c.number()).orElse("rule-" + index));
    Set<Integer> ops = new LinkedHashSet<>(f.list("op", SecurityReader::operation));
    Set<String> contexts = new LinkedHashSet<>(f.list("context", SecurityReader::context));
    Match match =
        new Match(
            f.list("calling", Values::digits),
            f.list("called", Values::digits),
            new LinkedHashSet<>(f.list("ssn", Values.integer(0, 255))),
            contexts,
            ops,
            f.list("subscriber", Values::digits),
            f.optional("interconnect", Values::bool));
    String actionText =
        f.require(
            "action",
            (n, k) -> {
              String a = Values.string(n, k);
              if (!ACTIONS.contains(a)) {
                throw new ConfigException(
                    n.location(),
                    "unknown firewall action '"
                        + a
                        + "' (valid: "
                        + String.join(", ", ACTIONS)
                        + ")");
              }
              return a;
            });
    if (f.has("cause") && !actionText.equals("udts")) {
      throw new ConfigException(
          f.keyLocation("cause"), "'cause' belongs to action udts, not " + actionText);
    }
    Action action =
        switch (actionText) {
          case "allow" -> Action.ALLOW;
          case "drop" -> Action.DROP;
          case "tcap-abort" -> Action.TCAP_ABORT;
          case "log-only" -> Action.LOG_ONLY;
          default -> {
            if (!f.has("cause")) {
              throw new ConfigException(
                  f.location(),
                  "action udts needs a 'cause' (a return cause, Q.713 §3.12, e.g. 1: no"
                      + " translation for this specific address, 7: unqualified)");
            }
            yield new Action.Udts(f.require("cause", Values.integer(0, 255)));
          }
        };
    return new Rule(name, category, match, action);
  }

  private static int operation(YamlNode n, String key) {
    String text = Values.string(n, key);
    OptionalInt code = Operations.code(text);
    if (code.isEmpty()) {
      throw new ConfigException(
          n.location(),
          "unknown MAP operation '"
              + text
              + "' (an ASN.1 name such as anyTimeInterrogation, a short name such as ati or"
              + " sri-sm, or a code 0-255)");
    }
    return code.getAsInt();
  }

  private static String context(YamlNode n, String key) {
    String text = Values.string(n, key);
    String k = text.toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
    for (MapApplicationContext c : MapApplicationContext.values()) {
      if (c.name().toLowerCase(java.util.Locale.ROOT).replace("_", "").equals(k)) {
        return text;
      }
    }
    throw new ConfigException(
        n.location(), "unknown MAP application context '" + text + "' (e.g. anyTimeEnquiry)");
  }
}
