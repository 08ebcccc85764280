package org.ss7sim.simulator.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ss7sim.m3ua.node.Counter;
import org.ss7sim.sccp.stack.SccpCounter;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.tcap.TcapCounters;
import org.ss7sim.tcap.TcapStack;

/**
 * The network as the report draws it, taken at the end of a run before the network stops: every
 * node (kind, external, running), every link by its connecting end with that end's ASP state, the
 * messages each node sent by layer and type, and its discards and errors by layer and reason.
 */
public record NetworkSnapshot(
    String name,
    List<NodeInfo> nodes,
    List<LinkInfo> links,
    Map<String, Map<String, Long>> messages,
    Map<String, Map<String, Long>> discards) {

  public record NodeInfo(String name, String kind, boolean external, boolean running) {}

  /** {@code state}: the lower-case ASP state ({@code asp_active}), or {@code down}. */
  public record LinkInfo(String name, String node, String peer, String state) {}

  /** Reads {@code net} (each node's state on its own thread). */
  public static NetworkSnapshot capture(SimNetwork net) {
    List<NodeInfo> nodes = new ArrayList<>();
    List<LinkInfo> links = new ArrayList<>();
    Map<String, Map<String, Long>> discards = new TreeMap<>();
    for (Node n : net.config().nodes()) {
      Optional<SimNode> running = net.node(n.name());
      nodes.add(
          new NodeInfo(
              n.name(),
              n.kind().name().toLowerCase(Locale.ROOT),
              n.external(),
              running.isPresent()));
      for (Link l : n.links()) {
        if (!l.listens()) {
          links.add(new LinkInfo(l.name(), n.name(), l.peer(), linkState(running, l.name())));
        }
      }
      running.ifPresent(sn -> discards.put(n.name(), discards(sn)));
    }
    Map<String, Map<String, Long>> messages = new TreeMap<>();
    if (net.tracer() != null) {
      net.tracer()
          .counters()
          .sent()
          .forEach(
              (k, v) ->
                  messages
                      .computeIfAbsent(k.node(), x -> new TreeMap<>())
                      .put(k.layer() + " " + k.type(), v));
    }
    return new NetworkSnapshot(net.config().name(), nodes, links, messages, discards);
  }

  private static String linkState(Optional<SimNode> node, String link) {
    if (node.isEmpty()) {
      return "down";
    }
    try {
      return node.get()
          .call(() -> node.get().m3ua().linkState(link))
          .name()
          .toLowerCase(Locale.ROOT);
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static Map<String, Long> discards(SimNode n) {
    Map<String, Long> out = new LinkedHashMap<>();
    try {
      n.call(
          () -> {
            for (Counter c : Counter.values()) {
              String name = c.name();
              if (name.startsWith("DISCARDED_") || name.startsWith("ERR_")) {
                out.put("m3ua " + name.toLowerCase(Locale.ROOT), n.m3ua().counter(c));
              }
            }
            n.sccp()
                .ifPresent(
                    s -> {
                      for (SccpCounter c :
                          List.of(
                              SccpCounter.DISCARDED,
                              SccpCounter.MALFORMED,
                              SccpCounter.UNSUPPORTED,
                              SccpCounter.RETURNED,
                              SccpCounter.HOP_COUNTER_VIOLATIONS)) {
                        out.put("sccp " + c.name().toLowerCase(Locale.ROOT), s.counters().get(c));
                      }
                    });
            for (Map.Entry<Integer, TcapStack> t : n.tcapStacks().entrySet()) {
              TcapCounters c = t.getValue().counters();
              String p = "tcap(ssn " + t.getKey() + ") ";
              out.put(p + "unknown_dialogue", c.discardedUnknownDialogue());
              out.put(p + "bad_transaction_portion", c.discardedBadTransactionPortion());
              out.put(p + "unrecognized_message_type", c.discardedUnrecognizedMessageType());
              out.put(p + "p_aborts_sent", c.pAbortsSent());
              out.put(p + "rejects_sent", c.rejectsSent());
            }
            return null;
          });
    } catch (Exception e) {
      out.put("unreadable", 0L);
    }
    return out;
  }
}
