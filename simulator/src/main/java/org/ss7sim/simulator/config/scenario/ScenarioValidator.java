package org.ss7sim.simulator.config.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ss7sim.simulator.config.Location;
import org.ss7sim.simulator.config.Problem;
import org.ss7sim.simulator.config.network.KindData;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.network.Subscriber;
import org.ss7sim.simulator.config.yaml.Spelling;

/**
 * Checks a scenario against the network it runs on and reports every problem, in file order: a
 * scenario with no traffic at all (an empty file), originating nodes that do not exist or are of
 * the wrong kind, subscriber selections that select nobody, events naming unknown links, nodes or
 * subscribers, events after the end of the run.
 */
public final class ScenarioValidator {
  private final Scenario scenario;
  private final Network network;
  private final List<Problem> problems = new ArrayList<>();

  private ScenarioValidator(Scenario scenario, Network network) {
    this.scenario = scenario;
    this.network = network;
  }

  /** Every problem of {@code scenario} on {@code network}; empty when it can run. */
  public static List<Problem> validate(Scenario scenario, Network network) {
    ScenarioValidator v = new ScenarioValidator(scenario, network);
    if (scenario.traffic().isEmpty()) {
      // nothing would run, so "all expectations met" would hold of nothing
      v.report(scenario.location(), "the scenario has no traffic: give it a 'traffic:' list");
    }
    v.sources();
    v.events();
    v.checks();
    List<Problem> sorted = new ArrayList<>(v.problems);
    sorted.sort(Problem.IN_FILE_ORDER);
    return List.copyOf(sorted);
  }

  private void report(Location at, String message) {
    problems.add(new Problem(at, message));
  }

  private String unknown(String what, String name, List<String> candidates) {
    Optional<String> near = Spelling.nearest(name, candidates);
    return "unknown "
        + what
        + " '"
        + name
        + "'"
        + near.map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  private void sources() {
    Map<String, TrafficSource> names = new HashMap<>();
    List<String> nodeNames = network.nodes().stream().map(Node::name).toList();
    for (TrafficSource s : scenario.traffic()) {
      String what = "traffic source '" + s.name() + "'";
      TrafficSource earlier = names.putIfAbsent(s.name(), s);
      if (earlier != null) {
        report(
            s.location(),
            "duplicate traffic source name '"
                + s.name()
                + "' (first at line "
                + earlier.location().line()
                + ")");
      }
      Optional<Node> from = network.node(s.from());
      String kind = s.kind().yamlName();
      if (from.isEmpty()) {
        report(s.location(), what + " starts at " + unknown("node", s.from(), nodeNames));
      } else if (!s.kind().originators().contains(from.get().kind())) {
        report(
            s.location(),
            what
                + ": "
                + kind
                + " traffic starts at "
                + String.join(
                    " or ", s.kind().originators().stream().map(NodeKind::yamlName).toList())
                + " nodes, '"
                + s.from()
                + "' is "
                + "an "
                + from.get().kind().yamlName());
      }
      if (s.rate() instanceof RateProfile.Constant c && c.perSecond() == 0) {
        report(s.location(), what + " has rate 0 and would never start an attempt");
      }
      if (s.to().source() instanceof NumberSelection.Subscribers sub) {
        subscribers(s, what, sub);
      }
      if (scenario.duration().isPresent() && s.start().compareTo(scenario.duration().get()) >= 0) {
        report(
            s.location(),
            what
                + " starts at "
                + s.start().toMillis()
                + " ms, when the scenario has ended ("
                + scenario.duration().get().toMillis()
                + " ms)");
      }
    }
  }

  private void subscribers(TrafficSource s, String what, NumberSelection.Subscribers sub) {
    List<Node> hlrs = network.nodes(NodeKind.HLR);
    if (sub.hlr().isPresent()) {
      Optional<Node> hlr = network.node(sub.hlr().get());
      if (hlr.isEmpty()) {
        report(
            s.location(),
            what
                + " selects subscribers of "
                + unknown("hlr", sub.hlr().get(), hlrs.stream().map(Node::name).toList()));
        return;
      }
      if (hlr.get().kind() != NodeKind.HLR) {
        report(
            s.location(),
            what
                + " selects subscribers of '"
                + sub.hlr().get()
                + "', an "
                + hlr.get().kind().yamlName()
                + ", not an hlr");
        return;
      }
      hlrs = List.of(hlr.get());
    }
    boolean any =
        hlrs.stream()
            .flatMap(h -> h.data(KindData.HlrData.class).subscribers().stream())
            .anyMatch(x -> sub.state().isEmpty() || sub.state().get() == x.state());
    if (!any) {
      report(
          s.location(),
          what
              + " selects "
              + sub.state().map(st -> st.name().toLowerCase(java.util.Locale.ROOT) + " ").orElse("")
              + "subscribers, but "
              + (sub.hlr().isPresent() ? "hlr '" + sub.hlr().get() + "'" : "the network")
              + " has none");
    }
  }

  private void events() {
    List<String> linkNames =
        network.nodes().stream().flatMap(n -> n.links().stream()).map(Link::name).toList();
    List<String> nodeNames = network.nodes().stream().map(Node::name).toList();
    for (TimedEvent e : scenario.events()) {
      if (scenario.duration().isPresent() && e.at().compareTo(scenario.duration().get()) > 0) {
        report(
            e.location(),
            "event at "
                + e.at().toMillis()
                + " ms comes after the scenario ends ("
                + scenario.duration().get().toMillis()
                + " ms)");
      }
      String link = null;
      String node = null;
      if (e instanceof TimedEvent.LinkDown d) {
        link = d.link();
      } else if (e instanceof TimedEvent.LinkUp u) {
        link = u.link();
      } else if (e instanceof TimedEvent.NodeStop s) {
        node = s.node();
      } else if (e instanceof TimedEvent.NodeStart s) {
        node = s.node();
      } else if (e instanceof TimedEvent.NodeRestart s) {
        node = s.node();
      } else if (e instanceof TimedEvent.SubscriberStateChange c) {
        subscriber(c);
      }
      if (link != null && !linkNames.contains(link)) {
        report(e.location(), "event names " + unknown("link", link, linkNames));
      }
      if (node != null && network.node(node).isEmpty()) {
        report(e.location(), "event names " + unknown("node", node, nodeNames));
      }
    }
  }

  /** Checks naming unknown links or nodes, or taken after the end of the run. */
  private void checks() {
    List<String> linkNames =
        network.nodes().stream().flatMap(n -> n.links().stream()).map(Link::name).toList();
    List<String> nodeNames = network.nodes().stream().map(Node::name).toList();
    for (Check c : scenario.checks()) {
      if (scenario.duration().isPresent() && c.at().compareTo(scenario.duration().get()) > 0) {
        report(
            c.location(),
            "check at "
                + c.at().toMillis()
                + " ms comes after the scenario ends ("
                + scenario.duration().get().toMillis()
                + " ms)");
      }
      String link = null;
      String node = null;
      if (c instanceof Check.LinkState l) {
        link = l.link();
      } else if (c instanceof Check.NodeState n) {
        node = n.node();
      } else if (c instanceof Check.Count n) {
        node = n.node();
        link = n.link().orElse(null);
        if (link != null
            && network.node(node).isPresent()
            && network.node(node).get().links().stream()
                .noneMatch(x -> x.name().equals(n.link().get()))) {
          report(c.location(), "check names link '" + link + "', which is not a link of " + node);
          link = null;
        }
      }
      if (link != null && !linkNames.contains(link)) {
        report(c.location(), "check names " + unknown("link", link, linkNames));
      }
      if (node != null && network.node(node).isEmpty()) {
        report(c.location(), "check names " + unknown("node", node, nodeNames));
      }
    }
  }

  private void subscriber(TimedEvent.SubscriberStateChange c) {
    for (Node h : network.nodes(NodeKind.HLR)) {
      for (Subscriber s : h.data(KindData.HlrData.class).subscribers()) {
        if (s.hasMsisdn(c.msisdn())) {
          return;
        }
      }
    }
    report(c.location(), "event names subscriber " + c.msisdn() + ", whom no hlr has");
  }
}
