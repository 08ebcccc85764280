package org.ss7sim.simulator.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ss7sim.m3ua.node.AsStatus;
import org.ss7sim.simulator.config.network.KindData.HlrData;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.network.Route;
import org.ss7sim.simulator.config.network.Subscriber;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.Subscribers;
import org.ss7sim.simulator.node.smsc.Smsc;
import org.ss7sim.simulator.node.smsc.StoredMessage;
import org.ss7sim.simulator.trace.MessageCounters;

/**
 * What the control API shows of a running network, as JSON. State owned by a node (ASP and AS
 * states) is read on that node's thread.
 */
final class NetworkView {
  static final ObjectMapper JSON = new ObjectMapper();

  private final SimNetwork net;

  NetworkView(SimNetwork net) {
    this.net = net;
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  ArrayNode nodes() {
    ArrayNode out = JSON.createArrayNode();
    MessageCounters counters = net.tracer() == null ? null : net.tracer().counters();
    for (Node n : net.config().nodes()) {
      ObjectNode o = out.addObject();
      o.put("name", n.name());
      o.put("kind", lower(n.kind()));
      n.pointCode().ifPresent(pc -> o.put("point_code", pc.value()));
      o.put("external", n.external());
      o.put("running", net.node(n.name()).isPresent());
      if (counters != null) {
        o.put("messages_sent", counters.sentBy(n.name()));
      }
    }
    return out;
  }

  /**
   * Every configured link with the ASP state of its connecting end, and every node's ASes. A link
   * whose connecting end does not run in this process (an {@code ss7sim node} process, an external
   * peer) is shown as its listening end sees it when that one runs here; {@code reported_by} names
   * the node whose view it is.
   */
  ObjectNode links() throws Exception {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode links = root.putArray("links");
    ArrayNode ases = root.putArray("application_servers");
    Map<String, Map<String, LinkEnd>> ends = new java.util.HashMap<>();
    for (Node n : net.config().nodes()) {
      Optional<SimNode> running = net.node(n.name());
      for (Link l : n.links()) {
        if (l.listens()) {
          continue; // shown from the connecting end
        }
        ObjectNode o = links.addObject();
        o.put("name", l.name());
        o.put("node", n.name());
        o.put("peer", l.peer());
        LinkEnd end = end(ends, n.name(), l.name());
        if (end == null && l.peerLink().isPresent()) {
          end = end(ends, l.peer(), l.peerLink().get());
        }
        o.put("asp_state", end == null ? "down" : lower(end.state()));
        if (end != null) {
          o.put("reported_by", end.node());
        }
      }
      if (running.isPresent()) {
        SimNode sn = running.get();
        for (AsStatus as : sn.call(() -> sn.m3ua().applicationServerStatus())) {
          ObjectNode o = ases.addObject();
          o.put("node", n.name());
          o.put("name", as.name());
          o.put("routing_context", as.routingContext());
          o.put("state", lower(as.state()));
          ObjectNode asps = o.putObject("asps");
          as.asps().forEach((asp, state) -> asps.put(asp, lower(state)));
        }
      }
    }
    return root;
  }

  /** The end {@code link} of {@code node} when that node runs here (its ends read once). */
  private LinkEnd end(Map<String, Map<String, LinkEnd>> ends, String node, String link)
      throws Exception {
    if (!ends.containsKey(node)) {
      Optional<SimNode> n = net.node(node);
      Map<String, LinkEnd> byName = new java.util.HashMap<>();
      if (n.isPresent()) {
        for (LinkEnd e : n.get().call(() -> LinkEnd.of(n.get()))) {
          byName.put(e.link(), e);
        }
      }
      ends.put(node, byName);
    }
    return ends.get(node).get(link);
  }

  ArrayNode routes() {
    ArrayNode out = JSON.createArrayNode();
    for (Node n : net.config().nodes()) {
      for (Route r : n.routes()) {
        ObjectNode o = out.addObject();
        o.put("node", n.name());
        o.put("dpc", r.dpc().value());
        o.put("mask", r.mask());
        r.primary().forEach(o.putArray("primary")::add);
        r.alternates().forEach(o.putArray("alternates")::add);
      }
    }
    return out;
  }

  Optional<ObjectNode> subscriber(String msisdn) {
    Subscribers subs = subscribers();
    return subs.byMsisdn(msisdn)
        .map(
            r -> {
              ObjectNode o = JSON.createObjectNode();
              o.put("msisdn", r.msisdn());
              o.put("imsi", r.imsi());
              o.put("hlr", r.hlr());
              o.put("msc", r.msc());
              o.put("state", lower(subs.state(msisdn)));
              return o;
            });
  }

  /**
   * Every HLR's subscriber blocks as the network file gives them (first MSISDN and IMSI, count,
   * serving MSC, state), then the handsets whose state changed at run time.
   */
  ObjectNode subscriberList() {
    ObjectNode o = JSON.createObjectNode();
    ArrayNode blocks = o.putArray("blocks");
    for (Node h : net.config().nodes(NodeKind.HLR)) {
      for (Subscriber b : h.data(HlrData.class).subscribers()) {
        ObjectNode n = blocks.addObject();
        n.put("hlr", h.name());
        n.put("msisdn", b.msisdn());
        n.put("imsi", b.imsi());
        n.put("count", b.count());
        n.put("msc", b.msc().orElse(null));
        n.put("state", lower(b.state()));
      }
    }
    ObjectNode changed = o.putObject("changed");
    new java.util.TreeMap<>(subscribers().changed()).forEach((m, st) -> changed.put(m, lower(st)));
    return o;
  }

  Subscribers subscribers() {
    return net.attachment("#subscribers", Subscribers.class)
        .orElseThrow(() -> new IllegalStateException("no subscribers in this network"));
  }

  /** Each running SMSC's store: messages by state. */
  ArrayNode smscQueues() throws Exception {
    ArrayNode out = JSON.createArrayNode();
    for (Map.Entry<String, Smsc> e : smscs().entrySet()) {
      ObjectNode o = out.addObject();
      o.put("node", e.getKey());
      ObjectNode q = o.putObject("queue");
      Map<StoredMessage.State, Long> stored = e.getValue().storedByState();
      for (StoredMessage.State s : StoredMessage.State.values()) {
        q.put(lower(s), stored.get(s));
      }
      o.put("in_progress", e.getValue().unfinished());
    }
    return out;
  }

  Map<String, Smsc> smscs() {
    Map<String, Smsc> out = new java.util.TreeMap<>();
    for (SimNode n : net.nodes()) {
      if (n.config().kind() == NodeKind.SMSC && n.logic().orElse(null) instanceof Smsc s) {
        out.put(n.name(), s);
      }
    }
    return out;
  }

  /** Messages sent by node, layer and type. */
  ObjectNode counters() {
    ObjectNode root = JSON.createObjectNode();
    if (net.tracer() == null) {
      return root;
    }
    net.tracer()
        .counters()
        .sent()
        .forEach(
            (k, v) -> {
              ObjectNode node =
                  root.has(k.node()) ? (ObjectNode) root.get(k.node()) : root.putObject(k.node());
              ObjectNode layer =
                  node.has(k.layer())
                      ? (ObjectNode) node.get(k.layer())
                      : node.putObject(k.layer());
              layer.put(k.type(), v);
            });
    return root;
  }
}
