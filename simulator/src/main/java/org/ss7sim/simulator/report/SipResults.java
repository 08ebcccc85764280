package org.ss7sim.simulator.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.sipgw.SipGatewayNode;

/**
 * The SIP side of every SIP–ISUP gateway of a run (docs/sip-gateway.md), as the run ends: calls
 * (INVITEs received and sent), requests by method and responses by class each way, and the failures
 * (refused peers, malformed messages, unsupported bodies, unknown dialogs, timeouts, calls without
 * a route, events out of order) — for {@code --json} ({@code sip}) and the HTML report.
 *
 * @param gateways per gateway node, its counters by name ({@code SipCounters} and the node's own)
 */
public record SipResults(Map<String, Map<String, Long>> gateways) {
  public static final SipResults NONE = new SipResults(Map.of());

  public SipResults {
    gateways = Map.copyOf(gateways);
  }

  /** Reads every running gateway's counters (on its node's thread). */
  public static SipResults capture(SimNetwork net) {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    for (SimNode n : net.nodes()) {
      if (n.logic().orElse(null) instanceof SipGatewayNode g) {
        try {
          out.put(
              n.name(),
              n.call(
                  () -> {
                    Map<String, Long> m = new LinkedHashMap<>();
                    if (g.sip() != null) {
                      m.putAll(g.sip().counters().snapshot());
                    }
                    m.put("unroutable", g.unroutable());
                    m.put("unexpectedEvents", g.unexpectedEvents());
                    return m;
                  }));
        } catch (Exception e) {
          out.put(n.name(), Map.of());
        }
      }
    }
    return new SipResults(out);
  }

  public boolean isEmpty() {
    return gateways.isEmpty();
  }

  /** {@code {"gw": {"invitesReceived": 10, …}}}. */
  public ObjectNode toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    new TreeMap<>(gateways)
        .forEach(
            (node, counters) -> {
              ObjectNode o = root.putObject(node);
              counters.forEach(o::put);
            });
    return root;
  }

  /** A "SIP" section: one table per gateway, counters that are not zero. */
  public void appendHtml(StringBuilder sb) {
    if (isEmpty()) {
      return;
    }
    sb.append("<h2>SIP</h2>\n<div class=\"sip\">\n");
    new TreeMap<>(gateways)
        .forEach(
            (node, counters) -> {
              sb.append("<section class=\"sip-gateway\" data-node=\"")
                  .append(Ladder.escape(node))
                  .append("\"><h3>")
                  .append(Ladder.escape(node))
                  .append(
                      "</h3>\n<table class=\"sip-counters\"><tr><th>counter</th><th>n</th></tr>");
              counters.forEach(
                  (k, v) -> {
                    if (v != 0) {
                      sb.append("<tr><td>")
                          .append(Ladder.escape(k))
                          .append("</td><td>")
                          .append(v)
                          .append("</td></tr>");
                    }
                  });
              sb.append("</table></section>\n");
            });
    sb.append("</div>\n");
  }
}
