package org.ss7sim.simulator.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.node.AsStatus;
import org.ss7sim.m3ua.node.Counter;
import org.ss7sim.sccp.stack.SccpCounter;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.smsc.Smsc;
import org.ss7sim.simulator.node.smsc.StoredMessage;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.tcap.TcapCounters;
import org.ss7sim.tcap.TcapStack;

/**
 * {@code /metrics} in the Prometheus text exposition format (version 0.0.4): messages by node,
 * layer and type; discards by layer and reason; M3UA refusals by link, kind and detail; ASP and AS
 * states as one-hot gauges; latency histograms and outcomes of the traffic sources; SMSC store
 * depth by state.
 */
final class PrometheusText {
  /** Latency bucket bounds in seconds. */
  static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private final StringBuilder sb = new StringBuilder(4096);

  static String render(SimNetwork net, NetworkView view, Map<String, List<ScenarioResult>> sources)
      throws Exception {
    PrometheusText p = new PrometheusText();
    p.messages(net);
    p.discards(net);
    p.refusals(net);
    p.bindLockouts(net);
    p.states(net);
    p.sources(sources);
    p.stores(view);
    return p.sb.toString();
  }

  private void family(String name, String type, String help) {
    sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
    sb.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private void sample(String name, String labels, double value) {
    sb.append(name);
    if (!labels.isEmpty()) {
      sb.append('{').append(labels).append('}');
    }
    sb.append(' ');
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      sb.append((long) value);
    } else {
      sb.append(String.format(Locale.ROOT, "%.6f", value));
    }
    sb.append('\n');
  }

  /** {@code k1="v1",k2="v2"} with values escaped (backslash, quote, newline). */
  static String labels(String... kv) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i + 1 < kv.length; i += 2) {
      if (l.length() > 0) {
        l.append(',');
      }
      l.append(kv[i]).append("=\"");
      for (char c : kv[i + 1].toCharArray()) {
        switch (c) {
          case '\\' -> l.append("\\\\");
          case '"' -> l.append("\\\"");
          case '\n' -> l.append("\\n");
          default -> l.append(c);
        }
      }
      l.append('"');
    }
    return l.toString();
  }

  private void messages(SimNetwork net) {
    family("ss7sim_messages_sent_total", "counter", "Messages sent, by node, layer and type.");
    if (net.tracer() != null) {
      net.tracer()
          .counters()
          .sent()
          .forEach(
              (k, v) ->
                  sample(
                      "ss7sim_messages_sent_total",
                      labels("node", k.node(), "layer", k.layer(), "type", k.type()),
                      v));
    }
  }

  /** M3UA refusals by node, link, kind and detail (a registration's status), issue 13. */
  private void refusals(SimNetwork net) {
    family(
        "ss7sim_m3ua_refusals_total",
        "counter",
        "M3UA refusals, by node, link, kind and detail (REG RSP status for registrations).");
    for (org.ss7sim.simulator.network.ExternalLinks.Refusal r : net.externalLinks().refusals()) {
      sample(
          "ss7sim_m3ua_refusals_total",
          labels("node", r.node(), "link", r.link(), "refusal", r.refusal(), "detail", r.detail()),
          r.count());
    }
  }

  /** SMPP binds refused because their address was locked out, and the lock-outs (issue 13). */
  private void bindLockouts(SimNetwork net) throws Exception {
    List<org.ss7sim.smpp.server.SmppServer> servers = new java.util.ArrayList<>();
    List<String> names = new java.util.ArrayList<>();
    for (SimNode n : net.nodes()) {
      if (n.logic().orElse(null) instanceof Smsc s) {
        java.util.Optional<org.ss7sim.smpp.server.SmppServer> server = n.call(s::smppServer);
        if (server.isPresent()) {
          servers.add(server.get());
          names.add(n.name());
        }
      }
    }
    family(
        "ss7sim_smpp_binds_locked_out_total",
        "counter",
        "SMPP binds refused (ESME_RBINDFAIL, closed) because their address was locked out after"
            + " repeated failed binds, by SMSC.");
    for (int i = 0; i < servers.size(); i++) {
      sample(
          "ss7sim_smpp_binds_locked_out_total",
          labels("node", names.get(i)),
          servers.get(i).counters().bindsLockedOut());
    }
    family(
        "ss7sim_smpp_bind_lockouts_total",
        "counter",
        "Addresses locked out after repeated failed SMPP binds, by SMSC.");
    for (int i = 0; i < servers.size(); i++) {
      sample(
          "ss7sim_smpp_bind_lockouts_total",
          labels("node", names.get(i)),
          servers.get(i).bindLockout().lockouts());
    }
  }

  private void discards(SimNetwork net) throws Exception {
    family("ss7sim_discards_total", "counter", "Messages discarded, by node, layer and reason.");
    for (SimNode n : net.nodes()) {
      long[] m3ua =
          n.call(
              () -> {
                long[] c = new long[Counter.values().length];
                for (Counter x : Counter.values()) {
                  c[x.ordinal()] = n.m3ua().counter(x);
                }
                return c;
              });
      for (Counter c : Counter.values()) {
        if (c.name().startsWith("DISCARDED_")) {
          sample(
              "ss7sim_discards_total",
              labels("node", n.name(), "layer", "m3ua", "reason", reason(c.name())),
              m3ua[c.ordinal()]);
        }
      }
      if (n.sccp().isPresent()) {
        for (SccpCounter c :
            List.of(
                SccpCounter.DISCARDED,
                SccpCounter.MALFORMED,
                SccpCounter.UNSUPPORTED,
                SccpCounter.HOP_COUNTER_VIOLATIONS)) {
          long v = n.call(() -> n.sccp().get().counters().get(c));
          sample(
              "ss7sim_discards_total",
              labels(
                  "node", n.name(), "layer", "sccp", "reason", c.name().toLowerCase(Locale.ROOT)),
              v);
        }
      }
      for (Map.Entry<Integer, TcapStack> t : n.call(() -> Map.copyOf(n.tcapStacks())).entrySet()) {
        TcapCounters c = t.getValue().counters();
        String ssn = String.valueOf(t.getKey());
        sample(
            "ss7sim_discards_total",
            labels("node", n.name(), "layer", "tcap", "ssn", ssn, "reason", "unknown_dialogue"),
            c.discardedUnknownDialogue());
        sample(
            "ss7sim_discards_total",
            labels(
                "node", n.name(), "layer", "tcap", "ssn", ssn, "reason", "bad_transaction_portion"),
            c.discardedBadTransactionPortion());
        sample(
            "ss7sim_discards_total",
            labels(
                "node",
                n.name(),
                "layer",
                "tcap",
                "ssn",
                ssn,
                "reason",
                "unrecognized_message_type"),
            c.discardedUnrecognizedMessageType());
      }
    }
  }

  private static String reason(String counter) {
    return counter.substring("DISCARDED_".length()).toLowerCase(Locale.ROOT);
  }

  private void states(SimNetwork net) throws Exception {
    family("ss7sim_asp_state", "gauge", "1 for the current ASP state of a node's link, else 0.");
    StringBuilder as = new StringBuilder();
    for (SimNode n : net.nodes()) {
      for (Link l : n.config().links()) {
        if (l.listens()) {
          continue;
        }
        AspState state = n.call(() -> n.m3ua().linkState(l.name()));
        for (AspState s : AspState.values()) {
          sample(
              "ss7sim_asp_state",
              labels("node", n.name(), "link", l.name(), "state", NetworkView.lower(s)),
              s == state ? 1 : 0);
        }
      }
    }
    family("ss7sim_as_state", "gauge", "1 for the current state of an AS a node serves, else 0.");
    for (SimNode n : net.nodes()) {
      for (AsStatus a : n.call(() -> n.m3ua().applicationServerStatus())) {
        for (var s : a.state().getDeclaringClass().getEnumConstants()) {
          sample(
              "ss7sim_as_state",
              labels("node", n.name(), "as", a.name(), "state", NetworkView.lower(s)),
              s == a.state() ? 1 : 0);
        }
      }
    }
  }

  private void sources(Map<String, List<ScenarioResult>> sources) {
    family(
        "ss7sim_source_latency_seconds",
        "histogram",
        "Latency of the successful attempts of each running traffic source.");
    for (Map.Entry<String, List<ScenarioResult>> e : sources.entrySet()) {
      for (ScenarioResult r : e.getValue()) {
        synchronized (r) {
          String base = labels("source", e.getKey(), "scenario", r.name());
          for (double b : BUCKETS) {
            sample(
                "ss7sim_source_latency_seconds_bucket",
                base + ",le=\"" + b + "\"",
                r.latencyCountAtOrBelow((long) (b * 1e9)));
          }
          sample("ss7sim_source_latency_seconds_bucket", base + ",le=\"+Inf\"", r.succeeded());
          sample("ss7sim_source_latency_seconds_sum", base, r.latencySumNanos() / 1e9);
          sample("ss7sim_source_latency_seconds_count", base, r.succeeded());
        }
      }
    }
    family(
        "ss7sim_source_attempts_total", "counter", "Attempts of each traffic source by outcome.");
    for (Map.Entry<String, List<ScenarioResult>> e : sources.entrySet()) {
      for (ScenarioResult r : e.getValue()) {
        synchronized (r) {
          String base = labels("source", e.getKey(), "scenario", r.name());
          sample("ss7sim_source_attempts_total", base + ",outcome=\"attempted\"", r.attempted());
          sample("ss7sim_source_attempts_total", base + ",outcome=\"succeeded\"", r.succeeded());
          for (Map.Entry<String, Long> f : r.failed().entrySet()) {
            sample(
                "ss7sim_source_attempts_total",
                base + "," + labels("outcome", "failed", "cause", f.getKey()),
                f.getValue());
          }
        }
      }
    }
  }

  private void stores(NetworkView view) throws Exception {
    family("ss7sim_smsc_store_messages", "gauge", "Messages in each SMSC's store, by state.");
    for (Map.Entry<String, Smsc> e : view.smscs().entrySet()) {
      Map<StoredMessage.State, Long> stored = e.getValue().storedByState();
      for (StoredMessage.State s : StoredMessage.State.values()) {
        sample(
            "ss7sim_smsc_store_messages",
            labels("node", e.getKey(), "state", NetworkView.lower(s)),
            stored.get(s));
      }
    }
  }
}
