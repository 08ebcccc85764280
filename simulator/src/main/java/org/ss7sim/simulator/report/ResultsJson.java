package org.ss7sim.simulator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --json} results object of DESIGN.md §4: {@code ok} and {@code scenarios}, each with
 * {@code name}, {@code kind}, {@code attempted}, {@code succeeded}, {@code failed} (cause → count),
 * {@code latency_ms} ({@code p50}, {@code p90}, {@code p99}, {@code p99_9}, {@code max}), {@code
 * rate_per_s} (attempts ended per second, first scheduled start to last end), and for load runs
 * {@code asked_rate_per_s}, {@code attained_rate_per_s} (successes per second) and {@code
 * late_starts} (attempts that did not start on time).
 */
public final class ResultsJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultsJson() {}

  public static ObjectNode toJson(boolean ok, List<ScenarioResult> scenarios) {
    ObjectNode root = JSON.createObjectNode();
    root.put("ok", ok);
    ArrayNode list = root.putArray("scenarios");
    for (ScenarioResult s : scenarios) {
      synchronized (s) { // a running source's result, recorded through ResultRecorder
        add(list.addObject(), s);
      }
    }
    return root;
  }

  private static void add(ObjectNode o, ScenarioResult s) {
    o.put("name", s.name());
    o.put("kind", s.kind());
    o.put("attempted", s.attempted());
    o.put("succeeded", s.succeeded());
    ObjectNode failed = o.putObject("failed");
    s.failed().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> failed.put(e.getKey(), e.getValue()));
    ObjectNode latency = o.putObject("latency_ms");
    latency.put("p50", round(s.latencyMillis(50)));
    latency.put("p90", round(s.latencyMillis(90)));
    latency.put("p99", round(s.latencyMillis(99)));
    latency.put("p99_9", round(s.latencyMillis(99.9)));
    latency.put("max", round(s.maxLatencyMillis()));
    o.put("rate_per_s", round(s.ratePerSecond()));
    o.put("asked_rate_per_s", round(s.askedRatePerSecond()));
    o.put("attained_rate_per_s", round(s.successRatePerSecond()));
    o.put("late_starts", s.lateStarts());
  }

  public static void write(Path file, boolean ok, List<ScenarioResult> scenarios)
      throws IOException {
    JSON.writeValue(file.toFile(), toJson(ok, scenarios));
  }

  /**
   * The results with {@code external}: per external node, per operation, what it answered ({@code
   * result}, {@code error <code>}, {@code reject}, {@code abort}, {@code unanswered}) — left out
   * when empty.
   */
  public static void write(
      Path file,
      boolean ok,
      List<ScenarioResult> scenarios,
      java.util.Map<String, java.util.Map<String, java.util.Map<String, Long>>> external)
      throws IOException {
    ObjectNode root = toJson(ok, scenarios);
    if (!external.isEmpty()) {
      ObjectNode ext = root.putObject("external");
      external.forEach(
          (peer, ops) -> {
            ObjectNode p = ext.putObject(peer);
            ops.forEach(
                (op, outcomes) -> {
                  ObjectNode o = p.putObject(op);
                  outcomes.forEach(o::put);
                });
          });
    }
    JSON.writeValue(file.toFile(), root);
  }

  /**
   * As above, with {@code security} (attackers' loot, firewall counters; docs/security.md) when the
   * network has attackers or firewalls.
   */
  public static void write(
      Path file,
      boolean ok,
      List<ScenarioResult> scenarios,
      java.util.Map<String, java.util.Map<String, java.util.Map<String, Long>>> external,
      SecurityResults security)
      throws IOException {
    write(file, ok, scenarios, external);
    if (!security.isEmpty()) {
      ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
      root.set("security", security.toJson());
      JSON.writeValue(file.toFile(), root);
    }
  }

  /**
   * As above, with {@code sip} (every SIP–ISUP gateway's counters; docs/sip-gateway.md) when the
   * network has gateways.
   */
  public static void write(
      Path file,
      boolean ok,
      List<ScenarioResult> scenarios,
      java.util.Map<String, java.util.Map<String, java.util.Map<String, Long>>> external,
      SecurityResults security,
      SipResults sip)
      throws IOException {
    write(file, ok, scenarios, external, security);
    if (!sip.isEmpty()) {
      ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
      root.set("sip", sip.toJson());
      JSON.writeValue(file.toFile(), root);
    }
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
