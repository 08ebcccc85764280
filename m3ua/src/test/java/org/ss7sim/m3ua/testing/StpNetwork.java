package org.ss7sim.m3ua.testing;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.m3ua.node.AsConfig;
import org.ss7sim.m3ua.node.AspLinkConfig;
import org.ss7sim.m3ua.node.M3uaNode;
import org.ss7sim.m3ua.node.M3uaNodeBuilder;
import org.ss7sim.m3ua.node.Tracer;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.transport.injvm.InJvmNetwork;
import org.ss7sim.transport.injvm.InJvmTransport;
import org.ss7sim.transport.injvm.Trampoline;

/**
 * Nodes through an STP over real M3UA, for the tests of the layers above M3UA (shipped in the m3ua
 * test-jar; testkit cannot hold it, since m3ua depends on testkit): the STP (PC 100) is an SGP with
 * one application server per node (routing context = the node's position, from 1); each node is an
 * ASP of the STP whose routes to the STP and to every other node go over its one link. In-JVM
 * transport on a {@link VirtualClock} and one run-to-completion {@link Trampoline}, so a test is
 * deterministic and single-threaded; {@link #settle()} lets the virtual time run a little.
 *
 * <pre>{@code
 * StpNetwork net = new StpNetwork(clock).add(PC_A).add(PC_B).start();
 * SccpStack a = new SccpStack(net.node(PC_A), clock, SccpStackConfig.defaults());
 * }</pre>
 */
public final class StpNetwork {
  public static final PointCode STP = PointCode.itu(100);
  private static final int SGP_PORT = 2905;

  private final VirtualClock clock;
  private final Trampoline loop = new Trampoline();
  private final InJvmTransport transport;
  private final Map<PointCode, M3uaNode> nodes = new LinkedHashMap<>();
  private final List<PointCode> pending = new ArrayList<>();
  private M3uaNode stp;
  private Function<PointCode, Tracer> tracers = pc -> null;

  public StpNetwork(VirtualClock clock) {
    this.clock = clock;
    this.transport = new InJvmTransport(new InJvmNetwork(), clock, loop);
  }

  /** Adds a node (before {@link #start()}). */
  public StpNetwork add(PointCode pc) {
    if (stp != null) {
      throw new IllegalStateException("nodes are added before start()");
    }
    pending.add(pc);
    return this;
  }

  /**
   * Traces every M3UA message a node sends or receives with the tracer {@code tracers} gives for
   * its point code (none for null; before {@link #start()}). The STP is not traced.
   */
  public StpNetwork tracers(Function<PointCode, Tracer> tracers) {
    if (stp != null) {
      throw new IllegalStateException("tracers are set before start()");
    }
    this.tracers = tracers;
    return this;
  }

  /** Builds the STP and the nodes, starts them, and lets the associations come up. */
  public StpNetwork start() {
    M3uaNodeBuilder sgp =
        builder(STP)
            .server(
                "sgp",
                TransportKind.IN_JVM,
                AssociationConfig.server("sgp", new InetSocketAddress("127.0.0.1", SGP_PORT)));
    for (int i = 0; i < pending.size(); i++) {
      String as = "as-" + (i + 1);
      sgp.applicationServer(new AsConfig(as, i + 1, TrafficModeType.LOADSHARE))
          .route(pending.get(i), as);
    }
    stp = sgp.build();
    for (int i = 0; i < pending.size(); i++) {
      PointCode pc = pending.get(i);
      M3uaNodeBuilder asp =
          builder(pc)
              .link(
                  new AspLinkConfig(
                      "to-stp",
                      TransportKind.IN_JVM,
                      AssociationConfig.client(
                          "to-stp", new InetSocketAddress("127.0.0.1", SGP_PORT)),
                      List.of((long) i + 1),
                      TrafficModeType.LOADSHARE,
                      null,
                      false))
              .route(STP, "to-stp");
      Tracer tracer = tracers.apply(pc);
      if (tracer != null) {
        asp.tracer(tracer);
      }
      for (PointCode other : pending) {
        if (!other.equals(pc)) {
          asp.route(other, "to-stp");
        }
      }
      nodes.put(pc, asp.build());
    }
    stp.start();
    nodes.values().forEach(M3uaNode::start);
    settle();
    settle();
    for (PointCode pc : nodes.keySet()) {
      if (!stp.accessible(pc)) {
        throw new AssertionError("node " + pc + " did not come up at the STP");
      }
    }
    return this;
  }

  private M3uaNodeBuilder builder(PointCode pc) {
    return M3uaNode.builder()
        .localPointCode(pc)
        .owner(loop)
        .timers(clock)
        .transport(transport)
        .recoveryTimer(Duration.ofMillis(500));
  }

  /** The M3UA node (an MTP service) of the node with point code {@code pc}. */
  public M3uaNode node(PointCode pc) {
    M3uaNode n = nodes.get(pc);
    if (n == null) {
      throw new IllegalArgumentException("no node " + pc);
    }
    return n;
  }

  public M3uaNode stp() {
    return stp;
  }

  /** The one thread's task queue; tasks that threw are counted in its failures. */
  public Trampoline loop() {
    return loop;
  }

  /** Lets 5 ms of virtual time run: messages in flight arrive, timers due fire. */
  public void settle() {
    clock.advance(Duration.ofMillis(5));
  }

  /** Stops every node and the STP. */
  public void stop() {
    nodes.values().forEach(M3uaNode::stop);
    if (stp != null) {
      stp.stop();
    }
    settle();
  }
}
