package org.ss7sim.simulator.scenario;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.scenario.TimedEvent;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.Subscribers;

/**
 * Applies a scenario's timed events to the running network. A link goes down as its ASP end sends
 * ASP Inactive (RFC 4666 §4.3.4.3: the SGP's AS goes pending and holds traffic for T(r), then the
 * STP changes over: what it held and what follows goes to the other STP of the pair, Q.704 §5) and
 * comes back with ASP Active (traffic returns to it); a node stops as if it crashed and starts
 * again with its configuration.
 */
public final class Events {
  private static final Logger LOG = LoggerFactory.getLogger(Events.class);

  private final SimNetwork net;
  private final AtomicInteger applied = new AtomicInteger();
  private final List<String> problems = new CopyOnWriteArrayList<>();

  public Events(SimNetwork net) {
    this.net = net;
  }

  int applied() {
    return applied.get();
  }

  public List<String> problems() {
    return List.copyOf(problems);
  }

  public void apply(TimedEvent e) {
    try {
      LOG.info("event at {}: {}", e.at(), e);
      if (e instanceof TimedEvent.LinkDown d) {
        link(d.link(), false);
      } else if (e instanceof TimedEvent.LinkUp u) {
        link(u.link(), true);
      } else if (e instanceof TimedEvent.NodeStop s) {
        net.stopNode(s.node());
      } else if (e instanceof TimedEvent.NodeStart s) {
        net.restartNode(s.node());
      } else if (e instanceof TimedEvent.NodeRestart r) {
        net.stopNode(r.node());
        net.restartNode(r.node());
      } else if (e instanceof TimedEvent.SubscriberStateChange c) {
        Subscribers subs =
            net.attachment("#subscribers", Subscribers.class)
                .orElseThrow(() -> new IllegalStateException("no HLR in this process"));
        subs.change(c.msisdn(), c.state());
      }
    } catch (Exception ex) {
      problems.add("event at " + e.location() + " failed: " + ex.getMessage());
    } finally {
      applied.incrementAndGet();
    }
  }

  /** Deactivates/activates the ASP end of a link (whichever end of it the event names). */
  private void link(String name, boolean up) throws Exception {
    Network.NodeLink nl = net.config().findLink(name).orElseThrow();
    Link l = nl.link();
    String node = nl.node().name();
    String link = l.name();
    if (l.listens()) {
      node = l.peer();
      link = l.peerLink().orElseThrow();
    }
    SimNode n = net.node(node).orElseThrow(() -> new IllegalStateException("node not running"));
    String linkName = link;
    n.call(
        () -> {
          if (up) {
            n.m3ua().activate(linkName);
          } else {
            n.m3ua().deactivate(linkName);
          }
          return null;
        });
  }
}
