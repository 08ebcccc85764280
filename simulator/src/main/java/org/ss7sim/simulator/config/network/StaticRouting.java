package org.ss7sim.simulator.config.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.RoutingIndicator;

/**
 * Follows a message through the configuration alone, hop by hop: MTP routes by point code (Q.704
 * §2.3) and, for GT-routed SCCP traffic, the GTT rules of the STPs (Q.714 §2.4), assuming every
 * link is up and always taking the first primary target. The validator uses it to check
 * reachability; {@code ss7sim route} can show its steps beside the live AS/ASP state.
 */
public final class StaticRouting {
  private static final int MAX_HOPS = 32;

  /**
   * The outcome of a trace.
   *
   * @param steps what happened at each node, one line each
   * @param destination the node the message ends at, when it arrives
   * @param failure why it stops short, when it does
   */
  public record Trace(List<String> steps, Optional<String> destination, Optional<String> failure) {
    public Trace {
      steps = List.copyOf(steps);
    }

    public boolean arrived() {
      return destination.isPresent();
    }
  }

  private final Network network;
  private final List<String> steps = new ArrayList<>();
  private Optional<org.ss7sim.simulator.firewall.Inspected> probe = Optional.empty();
  private String previous = "";

  private StaticRouting(Network network) {
    this.network = network;
  }

  /** How a message from {@code from} to point code {@code dpc} travels. */
  public static Trace byPointCode(Network network, String from, PointCode dpc) {
    StaticRouting r = new StaticRouting(network);
    Optional<Node> start = network.node(from);
    if (start.isEmpty()) {
      return r.fail("no node '" + from + "'");
    }
    return r.mtp(start.get(), dpc);
  }

  /** How an SCCP message from {@code from}, called party {@code gt} routed on GT, travels. */
  public static Trace byGlobalTitle(Network network, String from, GlobalTitle gt) {
    StaticRouting r = new StaticRouting(network);
    Optional<Node> start = network.node(from);
    if (start.isEmpty()) {
      return r.fail("no node '" + from + "'");
    }
    return r.sccp(start.get(), gt, new LinkedHashSet<>());
  }

  /**
   * As {@link #byGlobalTitle(Network, String, GlobalTitle)} for a MAP message: {@code probe}
   * describes it (calling GT, operation, subscriber), and each STP with an enabled firewall on the
   * way says which rule applies; a blocking rule ends the trace there. Whether the message comes
   * over the interconnect is worked out hop by hop; category 3 judges as if the network had just
   * started (every home subscriber at home).
   */
  public static Trace byGlobalTitle(
      Network network, String from, GlobalTitle gt, org.ss7sim.simulator.firewall.Inspected probe) {
    StaticRouting r = new StaticRouting(network);
    r.probe = Optional.of(probe);
    Optional<Node> start = network.node(from);
    if (start.isEmpty()) {
      return r.fail("no node '" + from + "'");
    }
    return r.sccp(start.get(), gt, new LinkedHashSet<>());
  }

  /** The firewall's word at STP {@code at}, if it has one; a failure when it blocks. */
  private Optional<Trace> screen(Node at) {
    Optional<org.ss7sim.simulator.firewall.FirewallConfig> fw =
        network.security().firewall(at.name());
    if (probe.isEmpty() || fw.isEmpty() || previous.isEmpty()) {
      return Optional.empty();
    }
    if (!fw.get().enabled()) {
      steps.add(at.name() + ": firewall disabled (enabled: false)");
      return Optional.empty();
    }
    org.ss7sim.simulator.firewall.Inspected p = probe.get();
    org.ss7sim.simulator.firewall.Inspected m =
        new org.ss7sim.simulator.firewall.Inspected(
            p.callingGt(),
            p.calledGt(),
            p.calledSsn(),
            network.security().interconnect(at.name(), previous),
            p.tcap(),
            p.otid(),
            p.dtid(),
            p.applicationContext(),
            p.opCode(),
            p.resultOpCode(),
            p.imsi(),
            p.msisdn());
    org.ss7sim.simulator.firewall.Decision d =
        new org.ss7sim.simulator.firewall.RuleEngine(fw.get()).explain(m, 0);
    String which =
        d.rule()
            .map(r -> "rule '" + r.name() + "' (" + d.action().text() + ")")
            .orElse("no rule matches (allow)");
    String from = (m.fromInterconnect() ? "over the interconnect from " : "from ") + previous;
    steps.add(
        at.name()
            + ": firewall: "
            + m.operation()
            + " "
            + from
            + ": "
            + which
            + (d.reason().isEmpty() ? "" : ", " + d.reason())
            + (d.logged().isEmpty()
                ? ""
                : "; logged by "
                    + String.join(
                        ", ",
                        d.logged().stream()
                            .map(org.ss7sim.simulator.firewall.Rule::name)
                            .toList())));
    if (d.blocks()) {
      return Optional.of(fail("blocked by the firewall of " + at.name() + ": " + which));
    }
    return Optional.empty();
  }

  private Trace fail(String why) {
    return new Trace(steps, Optional.empty(), Optional.of(why));
  }

  private Trace arrive(Node n) {
    return new Trace(steps, Optional.of(n.name()), Optional.empty());
  }

  private Trace mtp(Node start, PointCode dpc) {
    Node at = start;
    Set<String> visited = new LinkedHashSet<>();
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      if (at.pointCode().filter(dpc::equals).isPresent()) {
        steps.add(
            at.name()
                + ": point code "
                + dpc.toStructuredString()
                + " is this node"
                + (at.external() ? " (external: your equipment)" : ""));
        return arrive(at);
      }
      if (hop > 0 && at.external() && at.kind() == NodeKind.STP) {
        Optional<Node> behind =
            network.nodes().stream()
                .filter(n -> n.pointCode().filter(dpc::equals).isPresent())
                .findFirst();
        steps.add(
            at.name()
                + " (external) relays to "
                + dpc.toStructuredString()
                + " by its own routing, outside ss7sim"
                + behind.map(n -> " (" + n.name() + ")").orElse(""));
        return behind.isPresent() ? arrive(behind.get()) : arrive(at);
      }
      if (!visited.add(at.name())) {
        return fail("routing loop: " + String.join(" -> ", visited) + " -> " + at.name());
      }
      if (hop > 0 && at.kind() != NodeKind.STP) {
        return fail(
            at.name()
                + " is "
                + article(at.kind())
                + " and does not relay traffic for "
                + dpc.toStructuredString());
      }
      Optional<Route> route = at.routeTo(dpc);
      if (route.isEmpty()) {
        return fail(at.name() + " has no route to " + dpc.toStructuredString());
      }
      Route r = route.get();
      Optional<String> next = nextHop(at, r.primary().get(0));
      steps.add(
          at.name()
              + ": "
              + (r.implicit() && r.isDefault()
                  ? "implicit default route (defaults: end_node_routes: default; "
                      + dpc.toStructuredString()
                      + " has no route of its own)"
                  : r.implicit() ? "implicit route" : "route at line " + r.location().line())
              + " to "
              + dpc.toStructuredString()
              + " via "
              + String.join(", ", r.primary())
              + (r.alternates().isEmpty()
                  ? ""
                  : " (alternates " + String.join(", ", r.alternates()) + ")"));
      if (next.isEmpty()) {
        return fail(at.name() + " has no link to " + r.primary().get(0));
      }
      Optional<Node> nextNode = network.node(next.get());
      if (nextNode.isEmpty()) {
        return fail("no node '" + next.get() + "'");
      }
      at = nextNode.get();
    }
    return fail("more than " + MAX_HOPS + " hops");
  }

  /** The adjacent node a route target (a node or a link name) leads to. */
  static Optional<String> nextHop(Node at, String target) {
    Optional<Link> link = at.link(target);
    if (link.isPresent()) {
      return Optional.of(link.get().peer());
    }
    return at.adjacent().contains(target) ? Optional.of(target) : Optional.empty();
  }

  private Trace sccp(Node at, GlobalTitle gt, Set<String> translatedAt) {
    if (translatedAt.size() > MAX_HOPS) {
      return fail("more than " + MAX_HOPS + " translations");
    }
    if (at.kind() != NodeKind.STP) {
      if (at.globalTitles().stream().anyMatch(g -> g.digits().equals(gt.digits()))
          || !translatedAt.isEmpty()) {
        steps.add(at.name() + ": global title " + gt.digits() + " ends here");
        return arrive(at);
      }
      Optional<String> stp =
          at.adjacent().stream()
              .filter(p -> network.node(p).filter(n -> n.kind() == NodeKind.STP).isPresent())
              .findFirst();
      if (stp.isEmpty()) {
        return fail(at.name() + " has no adjacent STP to translate global title " + gt.digits());
      }
      steps.add(
          at.name()
              + ": global title "
              + gt.digits()
              + " sent to "
              + stp.get()
              + " for translation");
      previous = at.name();
      return sccp(network.node(stp.get()).orElseThrow(), gt, translatedAt);
    }
    if (at.external()) {
      steps.add(
          at.name()
              + " (external) translates global title "
              + gt.digits()
              + " by its own rules, outside ss7sim");
      return arrive(at);
    }
    if (!translatedAt.add(at.name())) {
      return fail("translation loop: " + String.join(" -> ", translatedAt) + " -> " + at.name());
    }
    List<GttRule> rules = at.data(KindData.StpData.class).gttRules();
    // Longest prefix first; equal prefixes keep file order (List.sort is stable).
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> rules.get(b).prefix().length() - rules.get(a).prefix().length());
    for (int i : order) {
      GttRule rule = rules.get(i);
      if (!rule.matches(gt)) {
        steps.add(at.name() + ": " + describe(i, rule) + " does not match");
        continue;
      }
      String digits = rule.translate(gt.digits());
      GlobalTitle translated =
          new GlobalTitle(
              gt.indicator(),
              gt.translationType(),
              gt.numberingPlan(),
              gt.natureOfAddress(),
              digits);
      steps.add(
          at.name()
              + ": "
              + describe(i, rule)
              + " matches; to "
              + rule.target()
              + (digits.equals(gt.digits()) ? "" : ", digits now " + digits)
              + (rule.routeOn() == RoutingIndicator.ROUTE_ON_SSN
                  ? ", route on SSN"
                  : ", route on GT"));
      Optional<PointCode> pc = network.pointCodeOf(rule.target());
      if (pc.isEmpty()) {
        return fail(
            "gtt rule at line "
                + rule.location().line()
                + " of "
                + at.name()
                + " sends to "
                + rule.target()
                + ", which has no point code");
      }
      Optional<Trace> blocked = screen(at);
      if (blocked.isPresent()) {
        return blocked.get();
      }
      Trace leg = mtp(at, pc.get());
      if (!leg.arrived()) {
        return leg;
      }
      Node next = network.node(leg.destination().get()).orElseThrow();
      if (rule.routeOn() == RoutingIndicator.ROUTE_ON_SSN || next == at) {
        return leg;
      }
      previous = at.name();
      return sccp(next, translated, translatedAt);
    }
    return fail(
        "no gtt rule of "
            + at.name()
            + " matches global title "
            + gt.digits()
            + " (tt "
            + gt.translationType()
            + ", np "
            + gt.numberingPlan()
            + ", nai "
            + gt.natureOfAddress()
            + ")");
  }

  private static String describe(int index, GttRule rule) {
    return "gtt rule "
        + (index + 1)
        + " (line "
        + rule.location().line()
        + ", prefix '"
        + rule.prefix()
        + "')";
  }

  /** "an stp", "an hlr": every kind's name starts with a vowel sound. */
  static String article(NodeKind kind) {
    return "an " + kind.yamlName();
  }
}
