package org.ss7sim.simulator.network;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.transport.injvm.InJvmNetwork;
import org.ss7sim.wire.pcap.Endpoint;

/**
 * A network file brought to life in this process: the chosen signaling points started, each on its
 * own thread with its real stack, linked by M3UA over the configured transports (TCP loopback by
 * default). Listening link ends that the file gives no port bind ephemeral ports, and the
 * connecting ends in this process are pointed at them, so a run never collides with another.
 */
public final class SimNetwork implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SimNetwork.class);

  private final Network network;
  private final Tracer tracer;
  private final Flows flows = new Flows();
  private final InJvmNetwork injvm = new InJvmNetwork();
  private final Map<String, SimNode> nodes = new LinkedHashMap<>();
  private final Map<String, InetSocketAddress> bound = new HashMap<>();
  private final Map<String, Endpoint> pcapAddress = new HashMap<>();
  private final Set<String> local;
  private final Function<Node, NodeLogic> logicFactory;

  private SimNetwork(
      Network network, Set<String> local, Tracer tracer, Function<Node, NodeLogic> logic) {
    this.network = network;
    this.local = local;
    this.tracer = tracer;
    this.logicFactory = logic;
    int i = 0;
    for (Node n : network.nodes()) {
      i++;
      pcapAddress.put(n.name(), Endpoint.of("10.0." + (i / 250) + "." + (i % 250 + 1), 2904 + i));
    }
  }

  /**
   * Starts the signaling points named in {@code only} (every one when empty) and waits (bounded)
   * until their links to each other are active.
   *
   * @param logic the kind logic of a node, or null for a bare stack
   */
  public static SimNetwork start(
      Network network, Set<String> only, Tracer tracer, Function<Node, NodeLogic> logic)
      throws Exception {
    Set<String> local = new LinkedHashSet<>();
    for (Node n : network.nodes()) {
      if (n.pointCode().isPresent() && (only.isEmpty() || only.contains(n.name()))) {
        local.add(n.name());
      }
    }
    SimNetwork net = new SimNetwork(network, local, tracer, logic);
    try {
      net.startAll();
      net.awaitLinks(Duration.ofSeconds(15));
    } catch (Exception | Error e) {
      net.close();
      throw e;
    }
    return net;
  }

  /**
   * Starts every signaling point of {@code network} as bare stacks (no kind logic) and waits at
   * most {@code linkWait} for their links, returning even when some stay down (for inspection:
   * {@code ss7sim route --live}).
   */
  public static SimNetwork startForInspection(Network network, Duration linkWait) throws Exception {
    Set<String> local = new LinkedHashSet<>();
    for (Node n : network.nodes()) {
      if (n.pointCode().isPresent()) {
        local.add(n.name());
      }
    }
    SimNetwork net = new SimNetwork(network, local, null, null);
    try {
      net.startAll();
      long deadline = System.nanoTime() + linkWait.toNanos();
      while (!net.linksNotActive().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    } catch (Exception | Error e) {
      net.close();
      throw e;
    }
    return net;
  }

  private void startAll() throws Exception {
    List<Node> pending = new ArrayList<>();
    for (String name : local) {
      pending.add(network.node(name).orElseThrow());
    }
    while (!pending.isEmpty()) {
      Node next =
          pending.stream().filter(this::clientsResolvable).findFirst().orElse(pending.get(0));
      pending.remove(next);
      startNode(next);
    }
  }

  /** Whether every link this node opens leads to a listener already started (or a fixed port). */
  private boolean clientsResolvable(Node n) {
    for (Link l : n.links()) {
      if (!l.listens()
          && !l.explicitPorts()
          && local.contains(l.peer())
          && !bound.containsKey(n.name() + "/" + l.name())) {
        return false;
      }
    }
    return true;
  }

  private void startNode(Node n) throws Exception {
    SimNode node = new SimNode(n, network, bound, injvm, tracer, flows, pcapAddress, local);
    nodes.put(n.name(), node);
    node.start(logicFactory == null ? null : logicFactory.apply(n));
    for (Link l : n.links()) {
      if (l.listens()) {
        InetSocketAddress a = node.listenerAddress(l.name());
        bound.put("listen:" + n.name() + "/" + l.name(), a);
        l.peerLink().ifPresent(p -> bound.put(l.peer() + "/" + p, a));
      }
    }
    LOG.debug("node {} started", n.name());
  }

  /** Waits until every link between two nodes of this process is ASP-ACTIVE. */
  public void awaitLinks(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<String> down = linksNotActive();
      if (down.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("links not active after " + timeout + ": " + down);
      }
      Thread.sleep(20);
    }
  }

  /** Links opened by nodes of this process to other nodes of this process that are not active. */
  public List<String> linksNotActive() throws Exception {
    List<String> down = new ArrayList<>();
    for (SimNode n : nodes.values()) {
      for (Link l : n.config().links()) {
        if (!l.listens() && nodes.containsKey(l.peer())) {
          AspState s = n.call(() -> n.m3ua().linkState(l.name()));
          if (s != AspState.ASP_ACTIVE) {
            down.add(n.name() + "/" + l.name() + " " + s);
          }
        }
      }
    }
    return down;
  }

  private final Map<String, Object> attachments = new java.util.concurrent.ConcurrentHashMap<>();

  /** Something that is not a signaling point but belongs to the run (an ESME), by node name. */
  public void attach(String name, Object thing) {
    attachments.put(name, thing);
  }

  public Optional<Object> attachment(String name) {
    return Optional.ofNullable(attachments.get(name));
  }

  /** Remembers the flow of a message handed over outside M3UA (see {@link Flows#smsKey}). */
  public void tagFlow(Object key, String flow) {
    flows.tag(key, flow);
  }

  public Network config() {
    return network;
  }

  public Optional<SimNode> node(String name) {
    return Optional.ofNullable(nodes.get(name));
  }

  public List<SimNode> nodes() {
    return List.copyOf(nodes.values());
  }

  public Tracer tracer() {
    return tracer;
  }

  /** What every node still holds (the leak check): empty when clean. */
  public List<String> leaks() throws Exception {
    List<String> all = new ArrayList<>();
    for (SimNode n : nodes.values()) {
      List<String> l =
          n.call(
              () -> {
                List<String> out = new ArrayList<>();
                n.logic().ifPresent(x -> out.addAll(x.leaks()));
                n.tcapStacks()
                    .forEach(
                        (ssn, t) -> {
                          if (t.dialogueCount() > 0) {
                            out.add(t.dialogueCount() + " TCAP dialogues open on SSN " + ssn);
                          }
                        });
                return out;
              });
      l.forEach(x -> all.add(n.name() + ": " + x));
    }
    return all;
  }

  /**
   * Waits (bounded) for every registry to empty: the last messages of a flow (an RLC, a TC-END) may
   * still be on their way when its outcome is known. Returns what is left.
   */
  public List<String> awaitNoLeaks(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<String> left = leaks();
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      left = leaks();
    }
    return left;
  }

  /** Stops one node (its links drop; the others keep running). */
  public void stopNode(String name) {
    SimNode n = nodes.remove(name);
    if (n != null) {
      n.stop();
    }
  }

  /** Starts a node stopped with {@link #stopNode} again, with the same configuration. */
  public void restartNode(String name) throws Exception {
    if (nodes.containsKey(name)) {
      return;
    }
    startNode(network.node(name).orElseThrow());
  }

  @Override
  public void close() {
    for (Object a : attachments.values()) {
      if (a instanceof AutoCloseable c) {
        try {
          c.close();
        } catch (Exception e) {
          LOG.debug("closing {}: {}", a, e.toString());
        }
      }
    }
    attachments.clear();
    List<SimNode> all = new ArrayList<>(nodes.values());
    java.util.Collections.reverse(all);
    for (SimNode n : all) {
      n.stop();
    }
    nodes.clear();
    flows.clear();
  }
}
