package org.ss7sim.simulator.config.network;

import java.util.List;
import java.util.Optional;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.Ssn;

/** Routing checks of {@link NetworkValidator}: MTP routes, GTT rules, SMSC to HLR reachability. */
final class RoutingChecks {
  private final NetworkValidator v;
  private final Network network;

  RoutingChecks(NetworkValidator v) {
    this.v = v;
    this.network = v.network;
  }

  void run() {
    for (Node n : network.nodes()) {
      routes(n);
      if (n.data() instanceof KindData.StpData stp) {
        gtt(n, stp.gttRules());
      }
      if (n.kind() == NodeKind.SMSC) {
        smscReachesHlr(n);
        smscReachesMscs(n);
      }
    }
  }

  private static String pc(PointCode pc) {
    return pc.toStructuredString();
  }

  private static String dest(Route r) {
    return r.mask() == r.dpc().format().maxValue()
        ? pc(r.dpc())
        : pc(r.dpc()) + " mask " + pc(new PointCode(r.dpc().format(), r.mask()));
  }

  private void routes(Node n) {
    List<Route> routes = n.routes();
    for (int i = 0; i < routes.size(); i++) {
      Route r = routes.get(i);
      if (r.implicit()) {
        continue;
      }
      String what = "route of node '" + n.name() + "' to " + dest(r);
      for (int j = 0; j < i; j++) {
        Route e = routes.get(j);
        if (!e.implicit() && e.dpc().equals(r.dpc()) && e.mask() == r.mask()) {
          v.report(
              r.location(),
              what + " repeats the route at line " + e.location().line() + " and is never used");
        }
      }
      for (String t : r.primary()) {
        target(n, r, what, t);
      }
      for (String t : r.alternates()) {
        target(n, r, what, t);
      }
      boolean reachesSomeNode =
          network.nodes().stream()
              .anyMatch(x -> x != n && x.pointCode().filter(r::matches).isPresent());
      if (!reachesSomeNode) {
        v.report(
            r.location(),
            what
                + " leads nowhere: no node has "
                + (r.mask() == r.dpc().format().maxValue()
                    ? "that point code"
                    : "a point code it matches"));
        continue;
      }
      boolean targetsKnown =
          r.primary().stream().allMatch(t -> StaticRouting.nextHop(n, t).isPresent());
      for (Node d : network.nodes()) {
        if (!targetsKnown
            || d == n
            || d.pointCode().isEmpty()
            || !r.matches(d.pointCode().get())
            || n.routeTo(d.pointCode().get()).orElse(null) != r) {
          continue;
        }
        StaticRouting.Trace t = StaticRouting.byPointCode(network, n.name(), d.pointCode().get());
        if (!t.arrived()) {
          v.report(
              r.location(), what + " does not reach '" + d.name() + "': " + t.failure().orElse(""));
          break;
        }
      }
    }
  }

  private void target(Node n, Route r, String what, String target) {
    if (StaticRouting.nextHop(n, target).isPresent()) {
      return;
    }
    if (network.node(target).isPresent()) {
      v.report(
          r.location(),
          what + " goes via '" + target + "', but '" + n.name() + "' has no link to it");
    } else {
      v.report(
          r.location(),
          what
              + " goes via '"
              + target
              + "', which is neither a node linked to '"
              + n.name()
              + "' nor one of its links");
    }
  }

  private void gtt(Node stp, List<GttRule> rules) {
    for (int i = 0; i < rules.size(); i++) {
      GttRule rule = rules.get(i);
      String what = "gtt rule of node '" + stp.name() + "' (prefix '" + rule.prefix() + "')";
      for (int j = 0; j < i; j++) {
        GttRule e = rules.get(j);
        if (covers(e, rule)) {
          v.report(
              rule.location(),
              what
                  + " can never match: the rule at line "
                  + e.location().line()
                  + " (prefix '"
                  + e.prefix()
                  + "') matches every global title it does");
          break;
        }
      }
      impossibleDigits(rule, what);
      destination(stp, rule, rule.target(), what, "sends to");
      rule.backup().ifPresent(b -> destination(stp, rule, b, what, "has backup"));
    }
  }

  /** Whether every GT matching {@code later} also matches {@code earlier}. */
  static boolean covers(GttRule earlier, GttRule later) {
    // Longest prefix wins (Q.714 §2.4); between equal prefixes the rule written first.
    return later.prefix().equals(earlier.prefix())
        && (earlier.translationType().isEmpty()
            || earlier.translationType().equals(later.translationType()))
        && (earlier.numberingPlan().isEmpty()
            || earlier.numberingPlan().equals(later.numberingPlan()))
        && (earlier.natureOfAddress().isEmpty()
            || earlier.natureOfAddress().equals(later.natureOfAddress()));
  }

  private void impossibleDigits(GttRule rule, String what) {
    if (rule.numberingPlan().isEmpty()) {
      return;
    }
    int np = rule.numberingPlan().getAsInt();
    String plan =
        switch (np) {
          case GlobalTitle.NP_E164 -> "E.164";
          case GlobalTitle.NP_E212 -> "E.212";
          case GlobalTitle.NP_E214 -> "E.214";
          default -> null;
        };
    if (plan == null) {
      return;
    }
    if (!rule.prefix().matches("[0-9]*")) {
      v.report(
          rule.location(),
          what
              + " can never match: numbering plan "
              + np
              + " ("
              + plan
              + ") numbers are decimal digits");
    } else if (rule.prefix().length() > 15 && np != GlobalTitle.NP_E214) {
      v.report(
          rule.location(),
          what
              + " can never match: numbering plan "
              + np
              + " ("
              + plan
              + ") numbers have at most 15 digits, the prefix has "
              + rule.prefix().length());
    }
  }

  private void destination(Node stp, GttRule rule, Target t, String what, String verb) {
    Optional<Node> node = network.nodeOf(t);
    if (node.isEmpty()) {
      if (t instanceof Target.NodeTarget n) {
        v.report(rule.location(), what + " " + verb + " " + v.unknownNode(n.node()));
      } else {
        v.report(rule.location(), what + " " + verb + " point code " + t + ", which no node has");
      }
      return;
    }
    Node d = node.get();
    if (d.pointCode().isEmpty()) {
      v.report(
          rule.location(),
          what + " " + verb + " '" + d.name() + "', an esme, which has no point code");
      return;
    }
    if (d != stp) {
      StaticRouting.Trace trace =
          StaticRouting.byPointCode(network, stp.name(), d.pointCode().get());
      if (!trace.arrived()) {
        v.report(
            rule.location(),
            what
                + " "
                + verb
                + " '"
                + d.name()
                + "' ("
                + pc(d.pointCode().get())
                + "), which it cannot reach: "
                + trace.failure().orElse(""));
      }
    }
    if (rule.routeOn() == RoutingIndicator.ROUTE_ON_SSN
        && rule.ssn().isPresent()
        && d.kind() != NodeKind.STP
        && !d.ssns().contains(rule.ssn().get())) {
      v.report(
          rule.location(),
          what
              + " "
              + verb
              + " SSN "
              + rule.ssn().get()
              + " of '"
              + d.name()
              + "', which has SSNs "
              + (d.ssns().isEmpty()
                  ? "none"
                  : String.join(", ", d.ssns().stream().map(Ssn::toString).toList())));
    }
  }

  /**
   * Whether {@code t} ends at an external STP, which translates the global title by its own rules
   * (issue 13: your STP between simulated nodes); ss7sim cannot check those.
   */
  private boolean translatedOutside(StaticRouting.Trace t) {
    return t.destination()
        .flatMap(network::node)
        .filter(n -> n.external() && n.kind() == NodeKind.STP)
        .isPresent();
  }

  /** MT-ForwardSM goes to the serving MSC's global title: every MSC serving someone. */
  private void smscReachesMscs(Node smsc) {
    for (Node msc : network.nodes(NodeKind.MSC)) {
      boolean serves =
          network.nodes(NodeKind.HLR).stream()
              .flatMap(h -> h.data(KindData.HlrData.class).subscribers().stream())
              .anyMatch(s -> s.msc().filter(msc.name()::equals).isPresent());
      if (!serves || msc.globalTitles().isEmpty()) {
        continue;
      }
      String gt = msc.globalTitles().get(0).digits();
      StaticRouting.Trace t =
          StaticRouting.byGlobalTitle(network, smsc.name(), msc.globalTitles().get(0));
      if (!t.arrived() || !(t.destination().get().equals(msc.name()) || translatedOutside(t))) {
        v.report(
            smsc.location(),
            "smsc '"
                + smsc.name()
                + "' cannot reach msc '"
                + msc.name()
                + "': MT-ForwardSM to "
                + gt
                + (t.arrived()
                    ? " ends at '" + t.destination().get() + "'"
                    : " fails: " + t.failure().orElse("")));
      }
    }
  }

  private void smscReachesHlr(Node smsc) {
    List<Node> hlrs = network.nodes(NodeKind.HLR);
    if (hlrs.isEmpty()) {
      v.report(
          smsc.location(),
          "smsc '"
              + smsc.name()
              + "' has no HLR to ask for routing information:"
              + " the network has no hlr node");
      return;
    }
    for (Node hlr : hlrs) {
      List<Subscriber> subs = hlr.data(KindData.HlrData.class).subscribers();
      if (subs.isEmpty()) {
        continue;
      }
      String msisdn = subs.get(0).msisdn();
      StaticRouting.Trace t =
          StaticRouting.byGlobalTitle(network, smsc.name(), GlobalTitle.e164(msisdn));
      if (!t.arrived()) {
        v.report(
            smsc.location(),
            "smsc '"
                + smsc.name()
                + "' cannot reach hlr '"
                + hlr.name()
                + "': SRI-for-SM to "
                + msisdn
                + " fails: "
                + t.failure().orElse(""));
      } else if (!t.destination().get().equals(hlr.name()) && !translatedOutside(t)) {
        v.report(
            smsc.location(),
            "smsc '"
                + smsc.name()
                + "' cannot reach hlr '"
                + hlr.name()
                + "': SRI-for-SM to "
                + msisdn
                + " ends at '"
                + t.destination().get()
                + "'");
      }
    }
  }
}
