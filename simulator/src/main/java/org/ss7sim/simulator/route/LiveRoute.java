package org.ss7sim.simulator.route;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.node.AsStatus;
import org.ss7sim.m3ua.node.RouteStatus;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;

/**
 * Follows a message through a running {@link SimNetwork} by point code (Q.704 §2.3): at each node
 * every route of its routing table entry with the link or AS it uses, the AS and ASP states (RFC
 * 4666 §4.3.2) and whether the destination is available on it (DUNA/DAVA/DRST, §4.5), then the
 * route the node's M3UA would choose now.
 */
public final class LiveRoute {
  private static final int MAX_HOPS = 32;

  /**
   * The outcome of a live trace.
   *
   * @param lines what was seen at each node, one line each
   * @param destination the node the message ends at, when it arrives
   * @param failure where and why it stops short, when it does
   */
  public record Result(List<String> lines, Optional<String> destination, Optional<String> failure) {
    public Result {
      lines = List.copyOf(lines);
    }

    public boolean arrived() {
      return destination.isPresent();
    }
  }

  private final SimNetwork net;
  private final List<String> lines = new ArrayList<>();

  private LiveRoute(SimNetwork net) {
    this.net = net;
  }

  /** How a message from {@code from} to {@code dpc} travels through the running network. */
  public static Result byPointCode(SimNetwork net, String from, PointCode dpc) throws Exception {
    return new LiveRoute(net).mtp(from, dpc);
  }

  /**
   * How a GT-routed message from {@code from} travels to {@code destination}, the node the
   * configuration's translation leads to: to the first adjacent STP for translation (unless {@code
   * from} is one), then from there to the destination's point code.
   */
  public static Result byGlobalTitle(SimNetwork net, String from, String destination)
      throws Exception {
    LiveRoute r = new LiveRoute(net);
    Node start = net.config().node(from).orElseThrow();
    Node dest = net.config().node(destination).orElseThrow();
    String translator = from;
    if (start.kind() != NodeKind.STP && !from.equals(destination)) {
      Optional<String> stp =
          start.adjacent().stream()
              .filter(p -> net.config().node(p).filter(n -> n.kind() == NodeKind.STP).isPresent())
              .findFirst();
      if (stp.isEmpty()) {
        return r.fail(from + " has no adjacent STP to translate the global title");
      }
      translator = stp.get();
      Result leg =
          r.mtp(from, net.config().node(translator).flatMap(Node::pointCode).orElseThrow());
      if (!leg.arrived()) {
        return leg;
      }
    }
    return r.mtp(translator, dest.pointCode().orElseThrow());
  }

  private Result fail(String why) {
    return new Result(lines, Optional.empty(), Optional.of(why));
  }

  private Result mtp(String from, PointCode dpc) throws Exception {
    String pc = dpc.toStructuredString();
    String at = from;
    Set<String> visited = new LinkedHashSet<>();
    // Where no route was available: the reasons so far, while the diagnosis goes on downstream.
    List<String> causes = new ArrayList<>();
    String previous = null;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      Optional<SimNode> running = net.node(at);
      if (running.isEmpty()) {
        return fail(at + " is not running");
      }
      SimNode n = running.get();
      if (n.m3ua().localPointCode().equals(dpc)) {
        lines.add(at + ": point code " + pc + " is this node");
        if (!causes.isEmpty()) {
          causes.addAll(ownLinksTowards(n, previous));
          return fail(String.join("; and ", causes));
        }
        return new Result(lines, Optional.of(at), Optional.empty());
      }
      if (!visited.add(at)) {
        if (!causes.isEmpty()) {
          return fail(String.join("; and ", causes));
        }
        return fail("routing loop: " + String.join(" -> ", visited) + " -> " + at);
      }
      List<RouteStatus> routes = n.call(() -> n.m3ua().routeStatus(dpc));
      String chosen = n.call(() -> n.m3ua().chooseRoute(dpc, 0));
      if (routes.isEmpty()) {
        return fail(at + " has no route to " + pc);
      }
      for (RouteStatus r : routes) {
        lines.add(
            at
                + ": to "
                + pc
                + (r.priority() == 0 ? " primary " : " alternate ")
                + describe(n, r)
                + (r.via().equals(chosen) ? "  <- chosen" : ""));
      }
      List<String> unavailable = new ArrayList<>();
      for (RouteStatus r : routes) {
        if (!r.available() || r.restricted()) {
          unavailable.add(reason(n, r));
        }
      }
      if (chosen == null) {
        causes.add(at + ": no route to " + pc + " is available: " + String.join("; ", unavailable));
        // Look on along the primary route for the cause (a DUNA comes from further on).
        Optional<String> primary = peerOf(n.config(), routes.get(0).via());
        if (primary.isEmpty()
            || net.node(primary.get()).isEmpty()
            || visited.contains(primary.get())) {
          return fail(String.join("; and ", causes));
        }
        lines.add(at + ": looking on at " + primary.get() + " for the cause");
        previous = at;
        at = primary.get();
        continue;
      }
      if (!routes.get(0).via().equals(chosen) && !unavailable.isEmpty()) {
        lines.add(
            at
                + ": "
                + String.join("; ", unavailable)
                + "; alternate "
                + chosen
                + " to "
                + peerOf(n.config(), chosen).orElse("?")
                + " used");
      }
      Optional<String> next = peerOf(n.config(), chosen);
      if (next.isEmpty()) {
        return fail(at + ": route via " + chosen + " leads to no known node");
      }
      at = next.get();
    }
    return fail(
        causes.isEmpty() ? "more than " + MAX_HOPS + " hops" : String.join("; and ", causes));
  }

  /** The destination's own client links to {@code previous} that are not ASP-ACTIVE, as causes. */
  private static List<String> ownLinksTowards(SimNode n, String previous) throws Exception {
    List<String> out = new ArrayList<>();
    for (Link l : n.config().links()) {
      if (l.listens() || !l.peer().equals(previous)) {
        continue;
      }
      AspState s = n.call(() -> n.m3ua().linkState(l.name()));
      List<Long> rcs = n.call(() -> n.m3ua().routingContexts(l.name()));
      if (s != AspState.ASP_ACTIVE) {
        out.add(
            n.name()
                + ": its link "
                + l.name()
                + " to "
                + previous
                + " (rc "
                + rcs(rcs)
                + ") is ASP "
                + name(s));
      }
    }
    return out;
  }

  /**
   * "link ssp-a-stp-a (rc 289) ASP-ACTIVE, AS at stp-a AS-ACTIVE (stp-a-ssp-a#1 ASP-ACTIVE):
   * available".
   */
  private String describe(SimNode n, RouteStatus r) throws Exception {
    StringBuilder b = new StringBuilder();
    if (r.link()) {
      String peer = peerOf(n.config(), r.via()).orElse("?");
      b.append("link ").append(r.via()).append(" to ").append(peer);
      b.append(" (rc ").append(rcs(r.routingContexts())).append(") ");
      b.append("ASP ").append(name(r.linkState()));
      Optional<AsStatus> remote = peerAs(peer, r.routingContexts());
      remote.ifPresent(as -> b.append(", AS at ").append(peer).append(' ').append(as(as)));
    } else if (r.as() != null) {
      b.append("AS ").append(r.as().name());
      b.append(" to ").append(peerOf(n.config(), r.via()).orElse("?"));
      b.append(" (rc ").append(r.as().routingContext()).append(") ").append(as(r.as()));
    } else {
      b.append(r.via()).append(" (unknown link or AS)");
    }
    b.append(": ").append(availability(r));
    return b.toString();
  }

  private String reason(SimNode n, RouteStatus r) throws Exception {
    if (r.link()) {
      String peer = peerOf(n.config(), r.via()).orElse("?");
      String s = "link " + r.via() + " to " + peer + " is ";
      if (r.available()) {
        return s + "restricted (DRST)";
      }
      String remote =
          peerAs(peer, r.routingContexts()).map(as -> ", AS at " + peer + " " + as(as)).orElse("");
      return r.linkState() == AspState.ASP_ACTIVE
          ? s + "ASP-ACTIVE but the destination is unavailable on it (DUNA)"
          : s + "ASP " + name(r.linkState()) + remote;
    }
    if (r.as() == null) {
      return r.via() + " is unknown";
    }
    return "AS "
        + r.as().name()
        + " for "
        + peerOf(n.config(), r.via()).orElse("?")
        + " is "
        + as(r.as());
  }

  private static String availability(RouteStatus r) {
    if (!r.available()) {
      return r.link() && r.linkState() == AspState.ASP_ACTIVE
          ? "unavailable (DUNA)"
          : "unavailable";
    }
    return r.restricted() ? "restricted (DRST)" : "available";
  }

  /** The AS the running peer serves for one of {@code rcs}. */
  private Optional<AsStatus> peerAs(String peer, List<Long> rcs) throws Exception {
    Optional<SimNode> p = net.node(peer);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    List<AsStatus> all = p.get().call(() -> p.get().m3ua().applicationServerStatus());
    return all.stream().filter(a -> rcs.contains(a.routingContext())).findFirst();
  }

  private static String as(AsStatus as) {
    StringBuilder b = new StringBuilder(name(as.state())).append(" (");
    if (as.asps().isEmpty()) {
      b.append("no ASP up");
    }
    String sep = "";
    for (Map.Entry<String, ?> e : as.asps().entrySet()) {
      b.append(sep)
          .append("asp ")
          .append(e.getKey())
          .append(' ')
          .append(name((Enum<?>) e.getValue()));
      sep = ", ";
    }
    return b.append(')').toString();
  }

  private static String rcs(List<Long> rcs) {
    return rcs.isEmpty() ? "none" : String.join(", ", rcs.stream().map(String::valueOf).toList());
  }

  /** AS_ACTIVE as the RFC writes it: AS-ACTIVE. */
  private static String name(Enum<?> state) {
    return state == null ? "?" : state.name().replace('_', '-');
  }

  /** The adjacent node a client link or a served AS ({@code as-<link>}) leads to. */
  static Optional<String> peerOf(Node n, String via) {
    for (Link l : n.links()) {
      if (l.name().equals(via) || ("as-" + l.name()).equals(via)) {
        return Optional.of(l.peer());
      }
    }
    return Optional.empty();
  }
}
