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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.transport.injvm.InJvmNetwork;
import org.ss7sim.transport.loop.LoopPool;
import org.ss7sim.transport.loop.NodeLoop;
import org.ss7sim.transport.loop.VirtualTime;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.time.TimerService;

/**
 * A network file brought to life in this process: the chosen signaling points started, each owned
 * by one thread of a small shared pool of event loops (a few per core) with its real stack, linked
 * by M3UA over the configured transports (TCP loopback by default). Listening link ends that the
 * file gives no port bind ephemeral ports, and the connecting ends in this process are pointed at
 * them, so a run never collides with another.
 */
public final class SimNetwork implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SimNetwork.class);

  private final Network network;
  private final Tracer tracer;
  private final FlowTable flows = new FlowTable();
  private final InJvmNetwork injvm = new InJvmNetwork();
  // Written by the starting thread (and node restarts), read by node threads reporting link
  // states: iterate only over snapshot().
  private final Map<String, SimNode> nodes =
      java.util.Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, InetSocketAddress> bound = new HashMap<>();
  private final Map<String, Endpoint> pcapAddress = new HashMap<>();
  private final Set<String> local;
  private final Function<Node, NodeLogic> logicFactory;
  private final VirtualTime virtual;
  private final Loop runLoop;
  private final LoopPool pool; // the nodes' shared event loop threads; null in virtual time
  private final ExternalLinks externalLinks;
  private final ExternalAnswers externalAnswers = new ExternalAnswers();

  /** Per link opened by a node of this process to another: whether it is ASP-ACTIVE. */
  private final Map<String, Boolean> linkActive = new ConcurrentHashMap<>();

  // The links awaited, kept up to date per event so that a report costs O(links reported), not a
  // walk over every link of the network (which made starting large networks O(n^2)). All guarded
  // by linkLock.
  private final Object linkLock = new Object();

  /** Per local node: the keys ("node/link") of the links it opens to another local node. */
  private final Map<String, List<String>> clientLinksOf = new HashMap<>();

  /** Per local node: the keys of the links other local nodes open to it. */
  private final Map<String, List<String>> clientLinksTo = new HashMap<>();

  /** The peer node of each such link. */
  private final Map<String, String> peerOfLink = new HashMap<>();

  /** The nodes running (started, not stopped): a link is awaited when both its ends run. */
  private final Set<String> running = new java.util.HashSet<>();

  /** Awaited links that are not ASP-ACTIVE. */
  private final Set<String> linksDown = new LinkedHashSet<>();

  /** Reports of link states received from the nodes. */
  private long linkStateReports;

  private final List<CompletableFuture<Void>> linkWaiters = new CopyOnWriteArrayList<>();
  private final List<LeakWaiter> leakWaiters = new CopyOnWriteArrayList<>();
  private final AtomicBoolean leakCheckQueued = new AtomicBoolean();

  private record LeakWaiter(CompletableFuture<List<String>> done) {}

  private final long createdNanos;
  private volatile long startupNanos;
  private final List<Settling> settling = new CopyOnWriteArrayList<>();

  /** A wait for M3UA management to be quiet for {@code quiet}: re-armed by each message. */
  private final class Settling {
    final CompletableFuture<Void> done = new CompletableFuture<>();
    final Duration quiet;
    org.ss7sim.wire.time.Timer timer;

    Settling(Duration quiet) {
      this.quiet = quiet;
    }

    void rearm() {
      runLoop.execute(
          () -> {
            if (timer != null) {
              timer.cancel();
            }
            timer = runLoop.timers().schedule(quiet, () -> done.complete(null));
          });
    }
  }

  private SimNetwork(
      Network network,
      Set<String> local,
      Tracer tracer,
      Function<Node, NodeLogic> logic,
      VirtualTime virtual) {
    this.virtual = virtual;
    this.runLoop =
        virtual == null ? new Loop.Real(NodeLoop.startWithoutIo("run")) : new Loop.Virtual(virtual);
    this.pool = virtual == null ? LoopPool.start(loopThreads(), "node-loop") : null;
    this.createdNanos = runLoop.timers().nanoTime();
    this.network = network;
    this.local = local;
    this.tracer = tracer;
    this.logicFactory = logic;
    this.externalLinks = new ExternalLinks(network, local);
    for (String name : local) {
      Node n = network.node(name).orElseThrow();
      for (Link l : n.links()) {
        if (!l.listens() && local.contains(l.peer())) {
          String key = n.name() + "/" + l.name();
          clientLinksOf.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(key);
          clientLinksTo.computeIfAbsent(l.peer(), k -> new ArrayList<>()).add(key);
          peerOfLink.put(key, l.peer());
        }
      }
    }
    int i = 0;
    for (Node n : network.nodes()) {
      i++;
      pcapAddress.put(n.name(), Endpoint.of("10.0." + (i / 250) + "." + (i % 250 + 1), 2904 + i));
    }
  }

  /**
   * How many event loop threads the nodes share: the system property {@code ss7sim.loopThreads},
   * else {@link LoopPool#defaultThreads()}.
   */
  static int loopThreads() {
    String p = System.getProperty("ss7sim.loopThreads");
    if (p != null) {
      try {
        int n = Integer.parseInt(p.strip());
        if (n >= 1 && n <= 1024) {
          return n;
        }
      } catch (NumberFormatException e) {
        // fall through to the default
      }
      LOG.warn("ss7sim.loopThreads={} is not a number of threads (1-1024): using the default", p);
    }
    return LoopPool.defaultThreads();
  }

  /**
   * The SMPP connections' threads, shared by every SMSC's server and every ESME of the network: at
   * most one per core (at least 2), started as they are first used, ended with the last user.
   */
  private final org.ss7sim.transport.stream.StreamEventLoops.Shared smppPool =
      new org.ss7sim.transport.stream.StreamEventLoops.Shared(
          Math.max(2, Runtime.getRuntime().availableProcessors()), "smpp");

  /**
   * A lease on the network's SMPP threads ({@link #smppPool}) for one SMSC or ESME; it closes the
   * lease when it stops.
   */
  public org.ss7sim.transport.stream.StreamEventLoops smppLoops() {
    return smppPool.take();
  }

  /** The network's SMPP thread pool (for inspection: leases, size). */
  org.ss7sim.transport.stream.StreamEventLoops.Shared smppPool() {
    return smppPool;
  }

  /** A node's loop: one thread of the shared pool (virtual time: the one clock). */
  Loop loopFor(String node) {
    return virtual != null ? new Loop.Virtual(virtual) : new Loop.Real(pool.next(node));
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
    return start(network, only, tracer, logic, null);
  }

  /**
   * As {@link #start(Network, Set, Tracer, Function)}; with {@code virtual} (not null) the run is a
   * discrete-event simulation on that clock: every node on it, every link in this JVM, and every
   * wait of this class and of the scenario runs its events until what it waits for happens.
   */
  public static SimNetwork start(
      Network network,
      Set<String> only,
      Tracer tracer,
      Function<Node, NodeLogic> logic,
      VirtualTime virtual)
      throws Exception {
    return start(network, only, tracer, logic, virtual, null);
  }

  /**
   * As {@link #start(Network, Set, Tracer, Function, VirtualTime)}, waiting at most {@code
   * linkWait} for the links (null: {@link #defaultLinkWait}).
   *
   * @throws LinksNotActiveException when links are still down then
   */
  public static SimNetwork start(
      Network network,
      Set<String> only,
      Tracer tracer,
      Function<Node, NodeLogic> logic,
      VirtualTime virtual,
      Duration linkWait)
      throws Exception {
    Duration links = linkWait != null ? linkWait : defaultLinkWait(network.nodes().size());
    return start(
        network,
        only,
        tracer,
        logic,
        virtual,
        linkWait,
        links.compareTo(NODE_START_LIMIT) > 0 ? links : NODE_START_LIMIT);
  }

  /**
   * As above, waiting at most {@code nodeStartLimit} for the nodes' own set-up.
   *
   * @throws NodesNotStartedException when some nodes have not finished it then
   */
  static SimNetwork start(
      Network network,
      Set<String> only,
      Tracer tracer,
      Function<Node, NodeLogic> logic,
      VirtualTime virtual,
      Duration linkWait,
      Duration nodeStartLimit)
      throws Exception {
    Set<String> local = new LinkedHashSet<>();
    for (Node n : network.nodes()) {
      if (n.pointCode().isPresent()
          && n.simulated()
          && (only.isEmpty() || only.contains(n.name()))) {
        local.add(n.name());
      }
    }
    SimNetwork net = new SimNetwork(network, local, tracer, logic, virtual);
    try {
      net.startAll(nodeStartLimit);
      net.awaitLinks(linkWait != null ? linkWait : defaultLinkWait(local.size()));
      long converging = net.clock().nanoTime();
      List<String> unsettled = net.awaitRoutesConverged(routeWait(local.size()));
      LOG.debug(
          "routes settled in {} ms after the links; {} pairs still unreachable{}",
          (net.clock().nanoTime() - converging) / 1_000_000,
          unsettled.size(),
          unsettled.isEmpty() ? "" : ", e.g. " + unsettled.get(0));
      net.startupNanos = net.clock().nanoTime() - net.createdNanos;
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
      if (n.pointCode().isPresent() && n.simulated()) {
        local.add(n.name());
      }
    }
    SimNetwork net = new SimNetwork(network, local, null, null, null);
    try {
      net.startAll(NODE_START_LIMIT);
      try {
        net.await(net.linksUp(), linkWait);
      } catch (TimeoutException e) {
        // returned with some links down, for inspection
      }
      net.startupNanos = net.clock().nanoTime() - net.createdNanos;
    } catch (Exception | Error e) {
      net.close();
      throw e;
    }
    return net;
  }

  /** How long closing waits for the nodes to stop their logic and links, all together. */
  static final Duration STOP_LIMIT = Duration.ofSeconds(10);

  /**
   * How long the nodes' own start-up work (SCCP, TCAP, kind logic) may take, all together, at least
   * (a longer start timeout raises it).
   */
  static final Duration NODE_START_LIMIT = Duration.ofSeconds(60);

  /**
   * Starts every local node: listeners first where a node's links point at them. Each node's own
   * set-up runs on its loop without a round trip per node (the loops work in parallel while the
   * next node is created); all of them are awaited at the end.
   */
  private void startAll(Duration limit) throws Exception {
    List<Node> pending = new ArrayList<>();
    for (String name : local) {
      pending.add(network.node(name).orElseThrow());
    }
    Map<String, CompletableFuture<Void>> started = new LinkedHashMap<>();
    while (!pending.isEmpty()) {
      Node next =
          pending.stream().filter(this::clientsResolvable).findFirst().orElse(pending.get(0));
      pending.remove(next);
      started.put(next.name(), startNode(next));
    }
    CompletableFuture<Void> all =
        CompletableFuture.allOf(started.values().toArray(CompletableFuture[]::new));
    try {
      await(all, limit);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof Exception x ? x : e;
    } catch (TimeoutException e) {
      List<String> late = new ArrayList<>();
      started.forEach(
          (name, f) -> {
            if (!f.isDone()) {
              late.add(name);
            }
          });
      NodesNotStartedException failure = new NodesNotStartedException(limit, started.size(), late);
      failure.initCause(e);
      throw failure;
    }
  }

  /** Whether every link this node opens leads to a listener already started (or a fixed port). */
  private boolean clientsResolvable(Node n) {
    for (Link l : n.links()) {
      if (!l.listens()
          && (!l.explicitPorts() || l.remote().port() == 0)
          && local.contains(l.peer())
          && !bound.containsKey(n.name() + "/" + l.name())) {
        return false;
      }
    }
    return true;
  }

  private CompletableFuture<Void> startNode(Node n) {
    SimNode node = new SimNode(n, network, bound, injvm, tracer, flows, pcapAddress, local, this);
    nodes.put(n.name(), node);
    nodeRunning(n.name());
    CompletableFuture<Void> started =
        node.start(logicFactory == null ? null : logicFactory.apply(n));
    for (Link l : n.links()) {
      if (l.listens()) {
        InetSocketAddress a = node.listenerAddress(l.name());
        bound.put("listen:" + n.name() + "/" + l.name(), a);
        l.peerLink().ifPresent(p -> bound.put(l.peer() + "/" + p, a));
      }
    }
    LOG.debug("node {} started", n.name());
    return started;
  }

  /**
   * Waits until every link between two nodes of this process is ASP-ACTIVE.
   *
   * @throws LinksNotActiveException when some are not after {@code timeout}: one line naming them
   *     and why
   */
  public void awaitLinks(Duration timeout) throws Exception {
    Duration waited = timeout;
    try {
      try {
        await(linksUp(), timeout);
      } catch (TimeoutException late) {
        if (!onlyAcksUnread()) {
          throw late;
        }
        // Every link still down has been answered by its peer: nothing is lost, the nodes' loops
        // are behind (a machine overloaded by others). Wait once more, as long, for them to read.
        LOG.info(
            "links acknowledged, not yet read after {}: waiting up to {} more", timeout, timeout);
        waited = timeout.multipliedBy(2);
        await(linksUp(), timeout);
      }
    } catch (TimeoutException e) {
      List<String> down = linksDownExplained();
      if (down.isEmpty()) {
        return; // the last ones came up while they were looked at
      }
      int awaited;
      synchronized (linkLock) {
        awaited = (int) peerOfLink.keySet().stream().filter(this::isAwaited).count();
      }
      LinksNotActiveException failure = new LinksNotActiveException(waited, awaited, down);
      failure.initCause(e);
      throw failure;
    }
  }

  /**
   * How long a start waits, once every link is active, for the destination audits to settle: 2 s,
   * and 1 ms more per node. Bounded, never a failure: a destination may stay unreachable on
   * purpose.
   */
  static Duration routeWait(int nodes) {
    return Duration.ofSeconds(2).plusMillis(nodes);
  }

  /** How often {@link #awaitRoutesConverged} looks again. */
  static final Duration ROUTE_POLL = Duration.ofMillis(5);

  /**
   * Waits, at most {@code max}, until no started node holds another started node's point code for
   * inaccessible. With every link active the STPs may still be answering audits and announcing DUNA
   * then DAVA for nodes whose links came up a little later; traffic started in that window finds
   * its destination paused (ISUP: no circuit available, cause 34). Returns the pairs still
   * unreachable, "node: point code", empty once converged.
   */
  public List<String> awaitRoutesConverged(Duration max) throws Exception {
    Map<PointCode, String> started = new HashMap<>();
    for (SimNode n : snapshot()) {
      started.put(n.m3ua().localPointCode(), n.name());
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    long deadline = clock().nanoTime() + max.toNanos();
    Runnable[] check = new Runnable[1];
    check[0] =
        () -> {
          if (unreachable(started).isEmpty() || clock().nanoTime() >= deadline) {
            done.complete(null);
          } else {
            runLoop.timers().schedule(ROUTE_POLL, check[0]);
          }
        };
    runLoop.execute(check[0]);
    try {
      await(done, max.plusSeconds(1));
    } catch (TimeoutException e) {
      // reported below
    }
    return unreachable(started);
  }

  private List<String> unreachable(Map<PointCode, String> started) {
    List<String> out = new ArrayList<>();
    for (SimNode n : snapshot()) {
      for (PointCode pc : n.m3ua().inaccessibleDestinations()) {
        String peer = started.get(pc);
        if (peer != null && nodes.containsKey(peer)) {
          out.add(n.name() + ": " + peer + " (" + pc + ")");
        }
      }
    }
    return out;
  }

  /**
   * How long a start waits for the links when not told: 15 s, and 10 ms more per node (a network of
   * 2,000 nodes waits 35 s).
   */
  public static Duration defaultLinkWait(int nodes) {
    return Duration.ofSeconds(15).plusMillis(10L * nodes);
  }

  /**
   * The links still down, each as "node/link to peer (transport address): state, why": the ASP
   * state its node has, and what the peer refused on it, if anything.
   */
  List<String> linksDownExplained() {
    List<String> out = new ArrayList<>();
    for (String key : linksReportedDown()) {
      String name = key.substring(0, key.indexOf('/'));
      String linkName = key.substring(key.indexOf('/') + 1);
      SimNode n = nodes.get(name);
      SimNode peer = nodes.get(peerOfLink.get(key));
      Link l = network.node(name).flatMap(x -> x.link(linkName)).orElse(null);
      if (n == null || l == null) {
        continue;
      }
      StringBuilder sb = new StringBuilder(key).append(" to ").append(l.peer());
      InetSocketAddress at = bound.get(key);
      sb.append(" (")
          .append(l.transport().name().toLowerCase(java.util.Locale.ROOT))
          .append(at != null ? " " + at.getHostString() + ":" + at.getPort() : "")
          .append("): ");
      AspState state;
      long asked = clock().nanoTime();
      long lagMillis;
      try {
        state = n.call(() -> n.m3ua().linkState(linkName));
        lagMillis = (clock().nanoTime() - asked) / 1_000_000;
      } catch (Exception e) {
        out.add(sb.append("no answer from ").append(name).append(" (its loop is busy)").toString());
        continue;
      }
      if (state == AspState.ASP_ACTIVE) {
        continue; // came up since its node reported
      }
      sb.append(state.name().replace('_', '-'));
      String refused = peer == null ? null : refusals(peer);
      if (refused != null) {
        sb.append(", ").append(l.peer()).append(" refused: ").append(refused);
      }
      long errors = errorsReceived(n);
      if (errors > 0) {
        sb.append(", ").append(errors).append(" ERR received");
      }
      if (refused == null && state == AspState.ASP_DOWN) {
        sb.append(", no association or no ASP Up Ack");
      } else if (refused == null && state == AspState.ASP_INACTIVE) {
        if (peerActive(peer, l)) {
          // Seen at load 20-30 on 2 cores: the answer was on its way, the node's loop behind.
          sb.append(", ASP Active acknowledged by ")
              .append(l.peer())
              .append(" (AS active there) but the ack not yet read: ")
              .append(name)
              .append("'s event loop is behind (a task waited ")
              .append(lagMillis)
              .append(" ms; the machine is overloaded, or raise --start-timeout)");
        } else {
          sb.append(", ASP Active not acknowledged");
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  /**
   * Whether every awaited link still down is ASP-INACTIVE at its node while its peer has already
   * made it active (acknowledged its ASP Active): the ack is queued behind the node's other work.
   */
  private boolean onlyAcksUnread() {
    List<String> down = linksReportedDown();
    if (down.isEmpty()) {
      return false;
    }
    for (String key : down) {
      SimNode n = nodes.get(key.substring(0, key.indexOf('/')));
      SimNode peer = nodes.get(peerOfLink.get(key));
      String linkName = key.substring(key.indexOf('/') + 1);
      Link l =
          network
              .node(key.substring(0, key.indexOf('/')))
              .flatMap(x -> x.link(linkName))
              .orElse(null);
      if (n == null || l == null) {
        return false;
      }
      try {
        if (n.call(() -> n.m3ua().linkState(linkName)) == AspState.ASP_ACTIVE) {
          continue;
        }
      } catch (Exception e) {
        return false;
      }
      if (!peerActive(peer, l)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code peer} has the application server of client link {@code l} active: it has
   * acknowledged the link's ASP Active (§4.3.4.3), whatever the link's own node has read so far.
   */
  private boolean peerActive(SimNode peer, Link l) {
    if (peer == null) {
      return false;
    }
    String as =
        network.node(l.peer()).map(p -> LinkWiring.asNames(p).get(l.routingContext())).orElse(null);
    if (as == null) {
      return false;
    }
    try {
      return peer.call(() -> peer.m3ua().asState(as)) == org.ss7sim.m3ua.asp.AsState.AS_ACTIVE;
    } catch (Exception e) {
      return false;
    }
  }

  private static long errorsReceived(SimNode n) {
    try {
      return n.call(() -> n.m3ua().counter(org.ss7sim.m3ua.node.Counter.ERR_RECEIVED));
    } catch (Exception e) {
      return 0;
    }
  }

  /** What {@code peer} refused so far (peers not allowed, routing contexts, ...), or null. */
  private static String refusals(SimNode peer) {
    try {
      return peer.call(
          () -> {
            List<String> what = new ArrayList<>();
            Map<org.ss7sim.m3ua.node.Counter, String> meanings = new LinkedHashMap<>();
            meanings.putAll(ExternalLinks.refusalMeanings());
            meanings.put(
                org.ss7sim.m3ua.node.Counter.DISCARDED_UNEXPECTED,
                "messages unexpected in the sender's ASP state: ERR Unexpected Message");
            for (var c : meanings.entrySet()) {
              long count = peer.m3ua().counter(c.getKey());
              if (count > 0) {
                what.add(c.getValue() + " (" + count + ")");
              }
            }
            return what.isEmpty() ? null : String.join(", ", what);
          });
    } catch (Exception e) {
      return null;
    }
  }

  /** Completes when every link between two nodes of this process is ASP-ACTIVE. */
  private CompletableFuture<Void> linksUp() {
    CompletableFuture<Void> up = new CompletableFuture<>();
    linkWaiters.add(up);
    checkLinks();
    return up;
  }

  /** The ASP states a node reported (after M3UA management traffic on its links). */
  void linkStates(Map<String, Boolean> states) {
    synchronized (linkLock) {
      linkStateReports++;
      states.forEach(
          (key, active) -> {
            linkActive.put(key, active);
            if (isAwaited(key)) {
              if (active) {
                linksDown.remove(key);
              } else {
                linksDown.add(key);
              }
            }
          });
    }
    checkLinks();
  }

  /** {@code name} runs from now on: the links between it and the other running nodes count. */
  private void nodeRunning(String name) {
    synchronized (linkLock) {
      running.add(name);
      for (String key : clientLinksOf.getOrDefault(name, List.of())) {
        awaitLink(key);
      }
      for (String key : clientLinksTo.getOrDefault(name, List.of())) {
        awaitLink(key);
      }
    }
  }

  /**
   * {@code name} stopped: its links no longer count, and it reports afresh when it starts again.
   */
  private void nodeStopped(String name) {
    synchronized (linkLock) {
      running.remove(name);
      for (String key : clientLinksOf.getOrDefault(name, List.of())) {
        linkActive.remove(key);
        linksDown.remove(key);
      }
      for (String key : clientLinksTo.getOrDefault(name, List.of())) {
        linksDown.remove(key);
      }
    }
  }

  private void awaitLink(String key) {
    if (isAwaited(key) && !linkActive.getOrDefault(key, false)) {
      linksDown.add(key);
    }
  }

  /** Whether both ends of client link {@code key} run (under linkLock). */
  private boolean isAwaited(String key) {
    String peer = peerOfLink.get(key);
    return peer != null
        && running.contains(peer)
        && running.contains(key.substring(0, key.indexOf('/')));
  }

  /** How many link state reports the nodes sent (each sent only when a node's links changed). */
  long linkStateReports() {
    synchronized (linkLock) {
      return linkStateReports;
    }
  }

  /** The awaited links not ASP-ACTIVE as reported by their nodes ("node/link"), in order. */
  List<String> linksReportedDown() {
    synchronized (linkLock) {
      return List.copyOf(linksDown);
    }
  }

  private List<SimNode> snapshot() {
    synchronized (nodes) {
      return List.copyOf(nodes.values());
    }
  }

  private void checkLinks() {
    synchronized (linkLock) {
      if (!linksDown.isEmpty()) {
        return;
      }
    }
    for (CompletableFuture<Void> w : linkWaiters) {
      linkWaiters.remove(w);
      w.complete(null);
    }
  }

  /**
   * Something happened at a node (a message sent or received, an attempt ended): whoever waits for
   * the leak check to come out clean checks again (once for a burst, on the run's loop).
   */
  public void observed() {
    if (!leakWaiters.isEmpty() && leakCheckQueued.compareAndSet(false, true)) {
      runLoop.execute(this::checkLeaks);
    }
  }

  private void checkLeaks() {
    leakCheckQueued.set(false);
    if (leakWaiters.isEmpty()) {
      return;
    }
    List<String> left;
    try {
      left = leaks();
    } catch (Exception e) {
      left = List.of("leak check failed: " + e);
    }
    if (left.isEmpty()) {
      for (LeakWaiter w : leakWaiters) {
        leakWaiters.remove(w);
        w.done().complete(left);
      }
    }
  }

  /** Links opened by nodes of this process to other nodes of this process that are not active. */
  public List<String> linksNotActive() throws Exception {
    List<String> down = new ArrayList<>();
    for (SimNode n : snapshot()) {
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

  /**
   * Something that is not a signaling point but belongs to the run (an ESME by its node name, the
   * subscriber registry), as a {@code type}; closed with the run when it is {@link AutoCloseable}.
   */
  public <T> void attach(String name, Class<T> type, T thing) {
    attachments.put(name, type.cast(thing));
  }

  /** What was attached as {@code name}, if it is a {@code type}. */
  public <T> Optional<T> attachment(String name, Class<T> type) {
    return Optional.ofNullable(attachments.get(name)).filter(type::isInstance).map(type::cast);
  }

  /** The links of this process's nodes to external nodes (issue 13). */
  public ExternalLinks externalLinks() {
    return externalLinks;
  }

  /** What external nodes answered the simulated ones, per operation (issue 13). */
  public ExternalAnswers externalAnswers() {
    return externalAnswers;
  }

  /** The flows of this run, by the protocol identifiers of their messages. */
  public FlowTable flows() {
    return flows;
  }

  public Network config() {
    return network;
  }

  public Optional<SimNode> node(String name) {
    return Optional.ofNullable(nodes.get(name));
  }

  public List<SimNode> nodes() {
    return snapshot();
  }

  public Tracer tracer() {
    return tracer;
  }

  /** What every node still holds (the leak check): empty when clean. */
  public List<String> leaks() throws Exception {
    List<String> all = new ArrayList<>();
    for (SimNode n : snapshot()) {
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
   * still be on their way when its outcome is known. Checked again after each message a node sends
   * or receives ({@link #observed}). Returns what is left.
   */
  public List<String> awaitNoLeaks(Duration timeout) throws Exception {
    LeakWaiter w = new LeakWaiter(new CompletableFuture<>());
    leakWaiters.add(w);
    observed();
    try {
      return await(w.done(), timeout);
    } catch (TimeoutException e) {
      leakWaiters.remove(w);
      return leaks();
    }
  }

  /** How long starting the nodes and bringing their links up took (after {@link #start}). */
  public Duration startup() {
    return Duration.ofNanos(startupNanos);
  }

  /** An M3UA management message was sent or received by a node. */
  void managementSeen() {
    for (Settling s : settling) {
      s.rearm();
    }
  }

  /**
   * Waits until no M3UA management message (ASP state, DAUD/DAVA/DUNA, heartbeat) has been seen for
   * {@code quiet}, at most {@code max}: after links come up, their destination audits settle.
   */
  public void awaitSettled(Duration quiet, Duration max) throws Exception {
    Settling s = new Settling(quiet);
    settling.add(s);
    s.rearm();
    try {
      await(s.done, max);
    } catch (TimeoutException e) {
      // still chatting (heartbeats): good enough
    } finally {
      settling.remove(s);
    }
  }

  /**
   * Waits for {@code done}, at most {@code timeout} (null: unbounded): blocking on a real run; on a
   * virtual-time run by running the clock's events until it completes.
   *
   * @throws TimeoutException when it has not completed in time (or, virtually, no event is left)
   */
  public <T> T await(CompletableFuture<T> done, Duration timeout) throws Exception {
    if (virtual != null) {
      return virtual.runUntil(done, timeout);
    }
    return timeout == null ? done.get() : done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The discrete-event clock of a virtual-time run; empty for a real-time one. */
  public Optional<VirtualTime> virtualTime() {
    return Optional.ofNullable(virtual);
  }

  /** The run's own clock and timers (traffic sources, timed events, timestamps off the nodes). */
  public TimerService clock() {
    return runLoop.timers();
  }

  /** Stops one node (its links drop; the others keep running). */
  public void stopNode(String name) {
    SimNode n = nodes.remove(name);
    if (n != null) {
      n.stop();
      nodeStopped(name);
    }
  }

  /** Starts a node stopped with {@link #stopNode} again, with the same configuration. */
  public void restartNode(String name) throws Exception {
    if (nodes.containsKey(name)) {
      return;
    }
    try {
      await(startNode(network.node(name).orElseThrow()), NODE_START_LIMIT);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof Exception x ? x : e;
    }
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
    List<SimNode> all = new ArrayList<>(snapshot());
    java.util.Collections.reverse(all);
    // Every node stops on its own loop, the loops in parallel (one blocking round trip per node
    // made stopping 2,000 nodes take half a minute); bounded, then the loops are closed anyway.
    List<CompletableFuture<Void>> stopping = new ArrayList<>();
    for (SimNode n : all) {
      stopping.add(n.stopSoon());
    }
    try {
      if (virtual == null) {
        CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new))
            .get(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (Exception e) {
      LOG.debug("stopping the nodes: {}", e.toString());
    }
    for (SimNode n : all) {
      n.closeLoop();
    }
    nodes.clear();
    flows.clear();
    runLoop.close();
    if (pool != null) {
      pool.close();
    }
  }
}
