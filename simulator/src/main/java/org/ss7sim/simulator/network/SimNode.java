package org.ss7sim.simulator.network;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ss7sim.m3ua.node.M3uaNode;
import org.ss7sim.m3ua.node.M3uaNodeBuilder;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.stack.SccpStack;
import org.ss7sim.sccp.stack.SccpStackConfig;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.network.Route;
import org.ss7sim.simulator.config.network.TransportKind;
import org.ss7sim.simulator.trace.TraceEvent;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.tcap.TcapConfig;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.transport.injvm.InJvmNetwork;
import org.ss7sim.transport.injvm.InJvmTransport;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.Endpoint;

/**
 * One signaling point of the network at run time: the event loop that owns it (one thread of the
 * network's shared pool), its M3UA node built from the configured links and routes, SCCP (with the
 * node's GTT rules on an STP) and a TCAP stack per local subsystem. The node kind's logic ({@link
 * NodeLogic}) sits on top.
 */
public final class SimNode {
  private static final int M3UA_PORT = 2905;
  // Built once: Endpoint.of parses its address (a regular expression), too dear per message.
  private static final Endpoint LOCAL_DEFAULT = Endpoint.of("10.0.0.1", M3UA_PORT);
  private static final Endpoint PEER_DEFAULT = Endpoint.of("10.0.0.2", M3UA_PORT);

  private final Node config;
  private final Network network;
  private final Loop loop;
  private final boolean virtual;
  private final M3uaNode m3ua;
  private final Map<String, String> peerOfLink = new HashMap<>();
  private final java.util.concurrent.atomic.AtomicBoolean reportQueued =
      new java.util.concurrent.atomic.AtomicBoolean();
  private Map<String, Boolean> reportedLinks; // on the node's thread
  private long linkReports; // on the node's thread
  private final Map<String, Endpoint> pcapAddress;
  private final Tracer tracer;
  private final NodeFlows flows;
  private final java.util.Set<String> localNodes;
  private final SimNetwork owner;
  private SccpStack sccp;
  private final Map<Integer, TcapStack> tcap = new LinkedHashMap<>();
  private NodeLogic logic;
  private Optional<org.ss7sim.simulator.firewall.Firewall> firewall = Optional.empty();

  SimNode(
      Node config,
      Network network,
      Map<String, InetSocketAddress> boundListeners,
      InJvmNetwork injvm,
      Tracer tracer,
      FlowTable flows,
      Map<String, Endpoint> pcapAddress,
      java.util.Set<String> localNodes,
      SimNetwork owner) {
    this.config = config;
    this.network = network;
    this.tracer = tracer;
    this.flows = new NodeFlows(flows);
    this.pcapAddress = pcapAddress;
    this.localNodes = localNodes;
    this.owner = owner;
    this.virtual = owner.virtualTime().isPresent();
    this.loop = owner.loopFor(config.name());
    try {
      this.m3ua = build(boundListeners, injvm);
    } catch (RuntimeException e) {
      loop.close();
      throw e;
    }
  }

  private M3uaNode build(Map<String, InetSocketAddress> bound, InJvmNetwork injvm) {
    PointCode pc = config.pointCode().orElseThrow();
    M3uaNodeBuilder b =
        M3uaNode.builder()
            .localPointCode(pc)
            .owner(loop)
            .timers(loop.timers())
            .ackTimeout(Duration.ofMillis(300))
            .recoveryTimer(Duration.ofMillis(500))
            .tracer(this::trace)
            .refusals(
                owner
                    .externalLinks()
                    .listener(
                        config.name(),
                        () -> {
                          if (reportQueued.compareAndSet(false, true)) {
                            loop.execute(this::reportLinks);
                          }
                        }));
    for (Link l : config.links()) {
      peerOfLink.put(l.name(), l.peer());
    }
    LinkWiring.Wired wired = LinkWiring.wire(b, config, bound, localNodes, virtual);
    if (config.kind() == NodeKind.STP) {
      // STP-STP links: destination state both ways, transfer-prohibited semantics (Q.704 §13.2):
      // an STP tells its mate which destinations it can no longer reach, or reaches only through
      // the mate, so the pair learns a lost destination at once and tells its ASPs (DUNA, then
      // DAVA when it is back) instead of passing the traffic to each other.
      for (Link l : config.links()) {
        if (network.node(l.peer()).map(n -> n.kind() == NodeKind.STP).orElse(false)) {
          b.adjacentTransferPoint(l.name());
        }
      }
    }
    Map<String, List<String>> viaByPeer = wired.viaByTarget();
    java.util.Set<TransportKind> used = wired.transports();
    if (used.contains(TransportKind.TCP)) {
      b.transport(((Loop.Real) loop).loop().tcp());
    }
    if (used.contains(TransportKind.SCTP)) {
      b.transport(((Loop.Real) loop).loop().sctp());
    }
    if (used.contains(TransportKind.INJVM)) {
      b.transport(new InJvmTransport(injvm, loop.timers(), loop));
    }
    int bits = Integer.bitCount(pc.format().maxValue());
    for (Route r : config.routes()) {
      int wildcard = r.mask() == 0 ? bits : Integer.numberOfTrailingZeros(r.mask());
      java.util.Set<String> done = new java.util.HashSet<>();
      for (String t : r.primary()) {
        for (String via : viaByPeer.getOrDefault(t, List.of())) {
          if (done.add(via)) {
            b.route(r.dpc(), wildcard, via, 0);
          }
        }
      }
      int priority = 1;
      for (String t : r.alternates()) {
        for (String via : viaByPeer.getOrDefault(t, List.of())) {
          if (done.add(via)) {
            b.route(r.dpc(), wildcard, via, priority);
          }
        }
        priority++;
      }
    }
    return b.build();
  }

  /**
   * Builds SCCP and TCAP (on the node's thread) and the kind's logic; then opens the links. Does
   * not wait for the first part: the returned future completes when it is done (it runs on the
   * node's loop before anything the links bring).
   */
  java.util.concurrent.CompletableFuture<Void> start(NodeLogic logic) {
    this.logic = logic;
    java.util.concurrent.CompletableFuture<Void> built =
        loop.submit(
            () -> {
              if (config.kind() == NodeKind.STP || !config.ssns().isEmpty()) {
                SccpStackConfig sc =
                    SccpStackConfig.defaults()
                        .withNetworkIndicator(config.networkIndicator())
                        .withTranslator(Gtt.translator(network, config));
                firewall =
                    network
                        .security()
                        .firewall(config.name())
                        .filter(org.ss7sim.simulator.firewall.FirewallConfig::enabled)
                        .map(
                            f ->
                                new org.ss7sim.simulator.firewall.Firewall(
                                    config.name(),
                                    f,
                                    network.security().interconnectNeighbours(network, config),
                                    loop.timers()::currentTimeMillis,
                                    org.ss7sim.simulator.firewall.Firewall.INFO_LOG));
                if (firewall.isPresent()) {
                  sc = sc.withScreening(firewall.get());
                }
                sccp = new SccpStack(m3ua, loop.timers(), sc);
                if (config.kind() != NodeKind.STP) {
                  // one transaction id space for the node's subsystems (MAP, CAP, INAP …)
                  java.util.function.IntSupplier tids = TcapStack.counter();
                  for (Ssn ssn : config.ssns()) {
                    TcapStack t =
                        new TcapStack(sccp, ssn, loop.timers(), TcapConfig.defaults(), tids);
                    sccp.register(ssn, t);
                    tcap.put(ssn.value(), t);
                  }
                }
              }
              if (logic != null) {
                logic.start(this);
              }
              return null;
            });
    m3ua.start();
    loop.execute(this::reportLinks);
    return built;
  }

  /** The bound address of a listening link (after {@link #start}). */
  InetSocketAddress listenerAddress(String link) {
    return (InetSocketAddress) m3ua.serverAddress(link);
  }

  /** Stops the logic and closes the links and the node's loop. */
  void stop() {
    try {
      call(
          () -> {
            stopWork();
            return null;
          });
    } catch (Exception e) {
      // the loop is closed below either way
    }
    loop.close();
  }

  /**
   * Stops the logic and closes the links on the node's loop without waiting; {@link #closeLoop}
   * after it completes (or its wait ended). Many nodes stop in parallel this way.
   */
  java.util.concurrent.CompletableFuture<Void> stopSoon() {
    return loop.submit(
        () -> {
          stopWork();
          return null;
        });
  }

  void closeLoop() {
    loop.close();
  }

  private void stopWork() {
    if (logic != null) {
      logic.stop();
    }
    m3ua.stop();
  }

  private void trace(String link, boolean outbound, int streamId, Octets bytes) {
    if (bytes.length() > 2 && bytes.get(2) != 1) {
      // M3UA management (not class 1, transfer): an ASP state may change once it is handled.
      // One report per burst: an STP sees many DUNA/DAVA while links come up.
      if (reportQueued.compareAndSet(false, true)) {
        loop.execute(this::reportLinks);
      }
      owner.managementSeen();
    }
    owner.observed();
    if (owner.externalLinks().any()) {
      String name = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
      String to = peerOfLink.get(name);
      if (to != null && network.node(to).map(n -> !n.simulated()).orElse(false)) {
        if (outbound) {
          owner.externalAnswers().sent(config.name(), to, FlowIds.read(bytes));
        } else {
          owner.externalAnswers().received(config.name(), to, FlowIds.read(bytes));
        }
      }
    }
    if (tracer == null) {
      return; // flows only name what is traced
    }
    String linkName = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
    String peer = peerOfLink.getOrDefault(linkName, linkName);
    if (!outbound) {
      if (!tcap.isEmpty()) {
        flows.received(FlowIds.of(bytes)); // the transaction portion only: no label inbound
      }
      return;
    }
    // the label and the flow from one decode of each layer
    FlowIds.Read read = FlowIds.read(bytes);
    String flow = flows.sending(read.ids());
    tracer.record(
        new TraceEvent(
            loop.timers().currentTimeMillis() * 1000,
            config.name(),
            peer,
            flow,
            read.label(),
            TraceEvent.Carrier.M3UA,
            pcapAddress(config.name(), LOCAL_DEFAULT),
            pcapAddress(peer, PEER_DEFAULT),
            streamId,
            bytes));
  }

  /** What the run attached under {@code name} (an ESME), see {@link SimNetwork#attach}. */
  public <T> Optional<T> attachment(String name, Class<T> type) {
    return owner.attachment(name, type);
  }

  /** Tells the network the state of the links this node opens (on the node's thread). */
  private void reportLinks() {
    reportQueued.set(false);
    linkReports++;
    Map<String, Boolean> states = new HashMap<>();
    for (Link l : config.links()) {
      if (!l.listens()) {
        states.put(
            config.name() + "/" + l.name(),
            m3ua.linkState(l.name()) == org.ss7sim.m3ua.asp.AspState.ASP_ACTIVE);
      }
    }
    if (!states.equals(reportedLinks)) {
      // Only a change costs the network a look at every link (see SimNetwork.linkStates).
      reportedLinks = states;
      owner.linkStates(states);
    }
    owner.externalLinks().reportRefusals(config, m3ua);
    if (owner.externalLinks().any()) {
      Map<String, InetSocketAddress> listening = new HashMap<>();
      for (Link l : config.links()) {
        if (l.listens()) {
          listening.put(l.name(), (InetSocketAddress) m3ua.serverAddress(l.name()));
        }
      }
      owner.externalLinks().report(config, m3ua, listening);
    }
  }

  /** How often this node looked at its links' states to report them (on the node's thread). */
  long linkReports() {
    return linkReports;
  }

  /**
   * This node's flows: what its logic names ({@link NodeFlows#starting}) and asks ({@link
   * NodeFlows#of}).
   */
  public NodeFlows flows() {
    return flows;
  }

  /** Runs {@code task} on the node's thread and waits for it (bounded: 10 s). */
  public <T> T call(Callable<T> task) throws Exception {
    return loop.call(task);
  }

  public void execute(Runnable task) {
    loop.execute(task);
  }

  public String name() {
    return config.name();
  }

  public Node config() {
    return config;
  }

  public Network network() {
    return network;
  }

  public M3uaNode m3ua() {
    return m3ua;
  }

  public Loop loop() {
    return loop;
  }

  /** A lease on the network's shared SMPP event-loop threads (close it when done). */
  public org.ss7sim.transport.stream.StreamEventLoops smppLoops() {
    return owner.smppLoops();
  }

  /** The firewall on this STP's relay, when the file enables one. */
  public Optional<org.ss7sim.simulator.firewall.Firewall> firewall() {
    return firewall;
  }

  public Optional<SccpStack> sccp() {
    return Optional.ofNullable(sccp);
  }

  public Optional<TcapStack> tcap(int ssn) {
    return Optional.ofNullable(tcap.get(ssn));
  }

  public Map<Integer, TcapStack> tcapStacks() {
    return Map.copyOf(tcap);
  }

  public Tracer tracer() {
    return tracer;
  }

  public Optional<NodeLogic> logic() {
    return Optional.ofNullable(logic);
  }

  /** The pcap address of a node (its fake IPv4 address and the M3UA port). */
  public Endpoint pcapAddress(String node) {
    return pcapAddress(node, LOCAL_DEFAULT);
  }

  private Endpoint pcapAddress(String node, Endpoint otherwise) {
    Endpoint e = pcapAddress.get(node);
    return e != null ? e : otherwise;
  }
}
