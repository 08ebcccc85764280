package org.ss7sim.simulator.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ss7sim.simulator.config.scenario.TimedEvent;

/**
 * The {@code --report} file: one self-contained HTML page (inline CSS, SVG and script; nothing
 * fetched) with the network drawn as a graph, per scenario its summary, latency histogram,
 * attempts/successes/failures per second with the timed events on the time axis and its causes, per
 * node its messages by layer and type and its discards, ladders of sample flows, and a link to the
 * pcap. The data is embedded as JSON; the page's script draws the graph and the charts.
 */
public final class HtmlReport {
  /** Latency histogram bucket bounds, milliseconds. */
  static final double[] LATENCY_BOUNDS_MS = {
    1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000
  };

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A timed event of the scenario, at seconds after the run began. */
  public record Marker(double atSeconds, String label) {}

  /** What the report shows besides the results. */
  public record Extras(
      NetworkSnapshot network,
      List<Marker> events,
      String pcapHref,
      SecurityResults security,
      SipResults sip) {
    public static final Extras NONE = new Extras(null, List.of(), null);

    public Extras(NetworkSnapshot network, List<Marker> events, String pcapHref) {
      this(network, events, pcapHref, SecurityResults.NONE, SipResults.NONE);
    }

    public Extras(
        NetworkSnapshot network, List<Marker> events, String pcapHref, SecurityResults security) {
      this(network, events, pcapHref, security, SipResults.NONE);
    }

    /** These extras with the attackers' loot and the firewalls' counters (docs/security.md). */
    public Extras withSecurity(SecurityResults security) {
      return new Extras(network, events, pcapHref, security, sip);
    }

    /** These extras with the SIP gateways' counters (docs/sip-gateway.md). */
    public Extras withSip(SipResults sip) {
      return new Extras(network, events, pcapHref, security, sip);
    }
  }

  private HtmlReport() {}

  /**
   * The extras of a run of {@code scenario}: its timed events as markers, the pcap linked relative
   * to the report's folder.
   */
  public static Extras extras(
      NetworkSnapshot network,
      org.ss7sim.simulator.config.scenario.Scenario scenario,
      Path report,
      Path pcap) {
    List<Marker> markers =
        scenario.events().stream()
            .map(e -> new Marker(e.at().toMillis() / 1000.0, label(e)))
            .toList();
    String href = null;
    if (pcap != null) {
      Path dir = report.toAbsolutePath().getParent();
      Path p = pcap.toAbsolutePath();
      href = (dir != null && p.startsWith(dir) ? dir.relativize(p) : p.toUri()).toString();
    }
    return new Extras(network, markers, href);
  }

  private static String label(TimedEvent e) {
    if (e instanceof TimedEvent.LinkDown d) {
      return "link down " + d.link();
    } else if (e instanceof TimedEvent.LinkUp u) {
      return "link up " + u.link();
    } else if (e instanceof TimedEvent.NodeStop n) {
      return "stop " + n.node();
    } else if (e instanceof TimedEvent.NodeStart n) {
      return "start " + n.node();
    } else if (e instanceof TimedEvent.NodeRestart n) {
      return "restart " + n.node();
    } else if (e instanceof TimedEvent.SubscriberStateChange c) {
      return c.msisdn() + " " + c.state().name().toLowerCase(Locale.ROOT);
    }
    return e.getClass().getSimpleName();
  }

  public static String render(
      String title, boolean ok, List<ScenarioResult> scenarios, List<Ladder> ladders) {
    return render(title, ok, scenarios, ladders, Extras.NONE);
  }

  public static String render(
      String title,
      boolean ok,
      List<ScenarioResult> scenarios,
      List<Ladder> ladders,
      Extras extras) {
    StringBuilder sb = new StringBuilder(64 * 1024);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(Ladder.escape(title))
        .append("</title>\n<style>\n")
        .append(resource("report.css"))
        .append("</style></head><body>\n");
    sb.append("<h1>").append(Ladder.escape(title)).append("</h1>\n");
    sb.append("<p id=\"verdict\" class=\"")
        .append(ok ? "ok\">All expectations met" : "fail\">Expectations not met")
        .append("</p>\n");
    if (extras.pcapHref() != null) {
      sb.append("<p>Every message: <a id=\"pcap\" href=\"")
          .append(Ladder.escape(extras.pcapHref()))
          .append("\">")
          .append(Ladder.escape(extras.pcapHref()))
          .append("</a> (Wireshark, tshark)</p>\n");
    }
    if (extras.network() != null) {
      sb.append("<h2>Network ")
          .append(Ladder.escape(extras.network().name()))
          .append("</h2>\n<div id=\"graph-box\"><svg id=\"graph\"></svg>")
          .append("<div id=\"tip\" hidden></div></div>\n");
    }
    summary(sb, scenarios);
    for (int i = 0; i < scenarios.size(); i++) {
      ScenarioResult s = scenarios.get(i);
      sb.append("<section class=\"scenario\" data-index=\"")
          .append(i)
          .append("\"><h3>")
          .append(Ladder.escape(s.name()))
          .append(" (")
          .append(Ladder.escape(s.kind()))
          .append(")</h3>\n<div class=\"charts\"><figure><figcaption>latency</figcaption>")
          .append("<svg class=\"latency\"></svg></figure><figure><figcaption>per second:")
          .append(" <span class=\"k-attempted\">attempted</span>,")
          .append(" <span class=\"k-succeeded\">succeeded</span>,")
          .append(" <span class=\"k-failed\">failed</span></figcaption>")
          .append("<svg class=\"rate\"></svg></figure></div>\n");
      sb.append("<p class=\"causes\">causes: ")
          .append(Ladder.escape(causes(s.failed())))
          .append("</p></section>\n");
    }
    if (extras.network() != null) {
      nodes(sb, extras.network());
    }
    if (extras.security() != null) {
      extras.security().appendHtml(sb);
    }
    if (extras.sip() != null) {
      extras.sip().appendHtml(sb);
    }
    sb.append("<h2>Sample flows</h2>\n");
    for (Ladder l : ladders) {
      sb.append("<section class=\"ladder\" data-messages=\"")
          .append(l.size())
          .append("\"><h3>")
          .append(Ladder.escape(l.title()))
          .append("</h3>\n")
          .append(l.toSvg())
          .append("</section>\n");
    }
    sb.append("<script id=\"data\" type=\"application/json\">")
        .append(data(title, ok, scenarios, extras).replace("</", "<\\/"))
        .append("</script>\n<script>\n")
        .append(resource("report.js"))
        .append("</script>\n</body></html>\n");
    return sb.toString();
  }

  private static void summary(StringBuilder sb, List<ScenarioResult> scenarios) {
    sb.append("<h2>Scenarios</h2>\n<table id=\"summary\"><tr><th>scenario</th><th>kind</th>")
        .append("<th>attempted</th><th>succeeded</th><th>failed</th><th>p50 ms</th>")
        .append("<th>p99 ms</th><th>max ms</th><th>rate/s</th></tr>\n");
    for (ScenarioResult s : scenarios) {
      sb.append(
          String.format(
              Locale.ROOT,
              "<tr><td>%s</td><td>%s</td><td>%d</td><td>%d</td><td>%s</td>"
                  + "<td>%.2f</td><td>%.2f</td><td>%.2f</td><td>%.1f</td></tr>%n",
              Ladder.escape(s.name()),
              Ladder.escape(s.kind()),
              s.attempted(),
              s.succeeded(),
              Ladder.escape(causes(s.failed())),
              s.latencyMillis(50),
              s.latencyMillis(99),
              s.maxLatencyMillis(),
              s.ratePerSecond()));
    }
    sb.append("</table>\n");
  }

  private static void nodes(StringBuilder sb, NetworkSnapshot n) {
    sb.append("<h2>Nodes</h2>\n<div class=\"nodes\">\n");
    for (NetworkSnapshot.NodeInfo node : n.nodes()) {
      sb.append("<section class=\"node\" data-node=\"")
          .append(Ladder.escape(node.name()))
          .append("\"><h3>")
          .append(Ladder.escape(node.name()))
          .append(" <small>")
          .append(node.kind())
          .append(node.external() ? ", external" : "")
          .append(node.running() ? "" : ", stopped")
          .append("</small></h3>\n<table class=\"messages\"><tr><th>sent</th><th>n</th></tr>");
      n.messages()
          .getOrDefault(node.name(), Map.of())
          .forEach(
              (k, v) ->
                  sb.append("<tr><td>")
                      .append(Ladder.escape(k))
                      .append("</td><td>")
                      .append(v)
                      .append("</td></tr>"));
      sb.append("</table>\n<table class=\"discards\"><tr><th>discards, errors</th><th>n</th></tr>");
      n.discards()
          .getOrDefault(node.name(), Map.of())
          .forEach(
              (k, v) -> {
                if (v > 0) {
                  sb.append("<tr><td>")
                      .append(Ladder.escape(k))
                      .append("</td><td>")
                      .append(v)
                      .append("</td></tr>");
                }
              });
      sb.append("</table></section>\n");
    }
    sb.append("</div>\n");
  }

  private static String data(
      String title, boolean ok, List<ScenarioResult> scenarios, Extras extras) {
    ObjectNode root = JSON.createObjectNode();
    root.put("title", title);
    root.put("ok", ok);
    if (extras.network() != null) {
      root.set("network", JSON.valueToTree(extras.network()));
    }
    long t0 = Long.MAX_VALUE;
    for (ScenarioResult s : scenarios) {
      if (!s.perSecond().isEmpty()) {
        t0 = Math.min(t0, s.perSecond().firstKey());
      }
    }
    ArrayNode list = root.putArray("scenarios");
    for (ScenarioResult s : scenarios) {
      ObjectNode o = list.addObject();
      o.put("name", s.name());
      o.put("kind", s.kind());
      o.put("attempted", s.attempted());
      o.put("succeeded", s.succeeded());
      o.set("failed", JSON.valueToTree(s.failed()));
      ArrayNode bounds = o.putArray("latencyBoundsMs");
      for (double b : LATENCY_BOUNDS_MS) {
        bounds.add(b);
      }
      ArrayNode counts = o.putArray("latencyCounts");
      for (long c : s.latencyHistogram(LATENCY_BOUNDS_MS)) {
        counts.add(c);
      }
      ArrayNode series = o.putArray("perSecond");
      long base = t0;
      s.perSecond()
          .forEach((sec, v) -> series.addArray().add(sec - base).add(v[0]).add(v[1]).add(v[2]));
    }
    ArrayNode events = root.putArray("events");
    for (Marker m : extras.events()) {
      events.addObject().put("at", m.atSeconds()).put("label", m.label());
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(
      Path file, String title, boolean ok, List<ScenarioResult> scenarios, List<Ladder> ladders)
      throws IOException {
    write(file, title, ok, scenarios, ladders, Extras.NONE);
  }

  public static void write(
      Path file,
      String title,
      boolean ok,
      List<ScenarioResult> scenarios,
      List<Ladder> ladders,
      Extras extras)
      throws IOException {
    Files.writeString(file, render(title, ok, scenarios, ladders, extras), StandardCharsets.UTF_8);
  }

  private static String causes(Map<String, Long> failed) {
    if (failed.isEmpty()) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    failed.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                sb.append(sb.length() == 0 ? "" : ", ")
                    .append(e.getKey())
                    .append(": ")
                    .append(e.getValue()));
    return sb.toString();
  }
}
