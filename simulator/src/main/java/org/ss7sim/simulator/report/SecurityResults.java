package org.ss7sim.simulator.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The security part of a run's results (docs/security.md): what each attacker node obtained, by
 * kind (harvested IMSIs, locations, intercepted short messages, redirected numbers, …), and how
 * often each firewall rule matched. In {@code --json} under {@code security}, in the HTML report as
 * its Security section; both left out for a network with neither attackers nor firewalls.
 *
 * @param attackers each attacker node's loot
 * @param firewalls each firewall's counters
 */
public record SecurityResults(List<AttackerLoot> attackers, List<FirewallCounts> firewalls) {
  /** No attacker, no firewall. */
  public static final SecurityResults NONE = new SecurityResults(List.of(), List.of());

  /** Rows shown per table in the HTML report (the JSON has them all). */
  static final int HTML_ROWS = 50;

  public SecurityResults {
    attackers = List.copyOf(attackers);
    firewalls = List.copyOf(firewalls);
  }

  /**
   * One attacker's loot.
   *
   * @param node the attacker node
   * @param answers how many answers and requests it got from the victims' network
   * @param items by kind (in report order), each item's fields in column order
   */
  public record AttackerLoot(
      String node, int answers, Map<String, List<Map<String, String>>> items) {
    public AttackerLoot {
      Map<String, List<Map<String, String>>> copy = new LinkedHashMap<>();
      items.forEach(
          (k, v) ->
              copy.put(
                  k,
                  v.stream()
                      .map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)))
                      .toList()));
      items = Collections.unmodifiableMap(copy);
    }
  }

  /** One firewall's matches per rule ({@code default}: no rule decided), in rule order. */
  public record FirewallCounts(String node, Map<String, Long> rules) {
    public FirewallCounts {
      rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }
  }

  public boolean isEmpty() {
    return attackers.isEmpty() && firewalls.isEmpty();
  }

  /**
   * {@code {"attackers": [{"node", "answers", "<kind>": [{field: value}]}], "firewalls": [{"node",
   * "rules": {rule: count}}]}}.
   */
  public ObjectNode toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode list = root.putArray("attackers");
    for (AttackerLoot a : attackers) {
      ObjectNode o = list.addObject();
      o.put("node", a.node());
      o.put("answers", a.answers());
      a.items()
          .forEach(
              (kind, rows) -> {
                ArrayNode arr = o.putArray(kind);
                rows.forEach(r -> r.forEach(arr.addObject()::put));
              });
    }
    ArrayNode fw = root.putArray("firewalls");
    for (FirewallCounts f : firewalls) {
      ObjectNode o = fw.addObject();
      o.put("node", f.node());
      f.rules().forEach(o.putObject("rules")::put);
    }
    return root;
  }

  /** The HTML report's Security section (nothing when empty). */
  public void appendHtml(StringBuilder sb) {
    if (isEmpty()) {
      return;
    }
    sb.append("<h2 id=\"security\">Security</h2>\n");
    for (AttackerLoot a : attackers) {
      sb.append("<section class=\"attacker\" data-node=\"")
          .append(Ladder.escape(a.node()))
          .append("\"><h3>attacker ")
          .append(Ladder.escape(a.node()))
          .append(": ")
          .append(a.answers())
          .append(" answers</h3>\n");
      a.items()
          .forEach(
              (kind, rows) -> {
                if (!rows.isEmpty()) {
                  table(sb, kind, rows);
                }
              });
      sb.append("</section>\n");
    }
    for (FirewallCounts f : firewalls) {
      sb.append("<section class=\"firewall\" data-node=\"")
          .append(Ladder.escape(f.node()))
          .append("\"><h3>firewall ")
          .append(Ladder.escape(f.node()))
          .append("</h3>\n<table class=\"rules\"><tr><th>rule</th><th>matches</th></tr>\n");
      f.rules()
          .forEach(
              (rule, n) ->
                  sb.append("<tr><td>")
                      .append(Ladder.escape(rule))
                      .append("</td><td>")
                      .append(n)
                      .append("</td></tr>\n"));
      sb.append("</table></section>\n");
    }
  }

  private static void table(StringBuilder sb, String kind, List<Map<String, String>> rows) {
    sb.append("<table class=\"loot\" data-kind=\"")
        .append(Ladder.escape(kind))
        .append("\"><caption>")
        .append(Ladder.escape(caption(kind)))
        .append(" (")
        .append(rows.size())
        .append(")</caption>\n<tr>");
    rows.get(0).keySet().forEach(k -> sb.append("<th>").append(Ladder.escape(k)).append("</th>"));
    sb.append("</tr>\n");
    for (Map<String, String> r : rows.subList(0, Math.min(HTML_ROWS, rows.size()))) {
      sb.append("<tr>");
      r.values().forEach(v -> sb.append("<td>").append(Ladder.escape(v)).append("</td>"));
      sb.append("</tr>\n");
    }
    if (rows.size() > HTML_ROWS) {
      sb.append("<tr><td colspan=\"")
          .append(rows.get(0).size())
          .append("\">… ")
          .append(rows.size() - HTML_ROWS)
          .append(" more in --json</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  private static String caption(String kind) {
    return switch (kind) {
      case "imsis" -> "IMSIs harvested";
      case "locations" -> "locations";
      case "sms" -> "short messages intercepted";
      case "redirected" -> "calls redirected";
      case "calls" -> "calls intercepted";
      case "profiles" -> "subscriber profiles received";
      default -> kind;
    };
  }
}
