package org.ss7sim.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.ss7sim.m3ua.node.Counter;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.scenario.Check;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.trace.MessageCounters;

/**
 * Takes a scenario's {@code checks:} on the running network at their times on the run's clock: a
 * link's or node's state at a moment, how much a count grew in a window. Each check that does not
 * hold, or whose time the run did not reach, is an unmet line.
 */
final class Checks {
  private final SimNetwork net;
  private final List<Check> checks;
  private final AtomicInteger taken = new AtomicInteger();
  private final List<String> unmet = new CopyOnWriteArrayList<>();

  /** The value of each count check at the start of its window. */
  private final Map<Check.Count, Long> starts = new ConcurrentHashMap<>();

  Checks(SimNetwork net, List<Check> checks) {
    this.net = net;
    this.checks = checks;
  }

  /** Whether every check has been taken. */
  boolean done() {
    return taken.get() >= checks.size();
  }

  /** Schedules every check on {@code net}'s clock (call on the clock's thread, at the run's t0). */
  void schedule(Runnable afterEach) {
    for (Check c : checks) {
      if (c instanceof Check.Count n) {
        net.clock()
            .schedule(
                n.from(),
                () -> {
                  try {
                    starts.put(n, value(n));
                  } catch (Exception e) {
                    unmet.add("check at " + c.location() + " failed: " + e.getMessage());
                  }
                });
      }
      net.clock()
          .schedule(
              c.at(),
              () -> {
                take(c);
                taken.incrementAndGet();
                afterEach.run();
              });
    }
  }

  /** The unmet checks, and those not taken (the run ended before their time). */
  List<String> unmet() {
    List<String> out = new ArrayList<>(unmet);
    if (!done()) {
      for (Check c : checks.subList(taken.get(), checks.size())) {
        out.add(
            "check at "
                + c.location()
                + ": not taken, the run ended before "
                + c.at().toMillis()
                + " ms");
      }
    }
    return out;
  }

  private void take(Check c) {
    try {
      if (c instanceof Check.LinkState l) {
        boolean up = linkUp(l.link());
        if (up != l.up()) {
          unmet.add(
              String.format(
                  Locale.ROOT,
                  "check at %s: link %s %s at %d ms, expected %s",
                  c.location(),
                  l.link(),
                  up ? "up" : "down",
                  l.at().toMillis(),
                  l.up() ? "up" : "down"));
        }
      } else if (c instanceof Check.NodeState n) {
        boolean running = net.node(n.node()).isPresent();
        if (running != n.running()) {
          unmet.add(
              String.format(
                  Locale.ROOT,
                  "check at %s: node %s %s at %d ms, expected %s",
                  c.location(),
                  n.node(),
                  running ? "running" : "stopped",
                  n.at().toMillis(),
                  n.running() ? "running" : "stopped"));
        }
      } else if (c instanceof Check.Count n) {
        long end = value(n);
        long start = starts.getOrDefault(n, 0L);
        long grew = end >= start ? end - start : end; // restarted inside the window
        if (!n.bound().holds(grew)) {
          unmet.add(
              String.format(
                  Locale.ROOT,
                  "check at %s: %s %s %d times from %d to %d ms, expected %s",
                  c.location(),
                  n.node(),
                  n.what(),
                  grew,
                  n.from().toMillis(),
                  n.at().toMillis(),
                  n.bound()));
        }
      }
    } catch (Exception e) {
      unmet.add("check at " + c.location() + " failed: " + e.getMessage());
    }
  }

  /** Whether the ASP end of link {@code name} (either end's name) is ASP Active. */
  private boolean linkUp(String name) throws Exception {
    Network.NodeLink nl = net.config().findLink(name).orElseThrow();
    Link l = nl.link();
    String node = nl.node().name();
    String link = l.name();
    if (l.listens()) {
      node = l.peer();
      link = l.peerLink().orElseThrow();
    }
    Optional<SimNode> n = net.node(node);
    if (n.isEmpty()) {
      return false; // its node is stopped
    }
    String linkName = link;
    return n.get()
        .call(() -> n.get().m3ua().linkState(linkName) == org.ss7sim.m3ua.asp.AspState.ASP_ACTIVE);
  }

  /** The count's value now (0 for a stopped node). */
  private long value(Check.Count c) throws Exception {
    if (c.message().isPresent()) {
      if (net.tracer() == null) {
        throw new IllegalStateException("messages are counted only when the run traces them");
      }
      long sum = 0;
      for (Map.Entry<MessageCounters.Key, Long> e : net.tracer().counters().sent().entrySet()) {
        if (e.getKey().node().equals(c.node()) && e.getKey().type().equals(c.message().get())) {
          sum += e.getValue();
        }
      }
      return sum;
    }
    Optional<SimNode> n = net.node(c.node());
    if (n.isEmpty()) {
      return 0;
    }
    if (c.link().isPresent()) {
      return n.get().call(() -> n.get().m3ua().dataReceivedOn(c.link().get()));
    }
    Counter counter = Counter.valueOf(c.counter().orElseThrow().toUpperCase(Locale.ROOT));
    return n.get().call(() -> n.get().m3ua().counter(counter));
  }
}
