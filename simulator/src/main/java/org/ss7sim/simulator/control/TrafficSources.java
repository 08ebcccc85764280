package org.ss7sim.simulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.Problem;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.config.scenario.ScenarioValidator;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.report.ResultsJson;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.simulator.scenario.ScenarioRunner;

/**
 * Traffic sources started through the API: each a scenario file's traffic (and timed events) run
 * against the running network on a thread of its own, with its results readable while it runs and
 * after it ended. Ids are {@code s1}, {@code s2}, … in order of start.
 */
final class TrafficSources implements AutoCloseable {
  /** One source. */
  record Source(String id, Scenario scenario, ScenarioRunner.Running running) {}

  private final SimNetwork net;
  private final Runnable beforeFirst;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "ss7sim-source");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private boolean prepared;

  /**
   * @param beforeFirst run once before the first source starts (starts the network's ESMEs)
   */
  TrafficSources(SimNetwork net, Runnable beforeFirst) {
    this.net = net;
    this.beforeFirst = beforeFirst;
  }

  /**
   * Parses, validates and starts {@code yaml}; a bad file is an {@link IllegalArgumentException}.
   */
  synchronized Source start(String yaml) {
    Scenario s;
    try {
      s = ConfigLoader.parseScenario("request body", yaml);
    } catch (ConfigException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
    List<Problem> problems = ScenarioValidator.validate(s, net.config());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          problems.get(0).location() + ": " + problems.get(0).message());
    }
    if (!prepared) {
      beforeFirst.run();
      prepared = true;
    }
    String id = "s" + ids.incrementAndGet();
    Source source = new Source(id, s, ScenarioRunner.start(net, s, threads));
    sources.put(id, source);
    return source;
  }

  synchronized Optional<Source> get(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  synchronized List<Source> all() {
    return List.copyOf(sources.values());
  }

  /** The results so far of every source, by id. */
  synchronized Map<String, List<ScenarioResult>> live() {
    Map<String, List<ScenarioResult>> out = new LinkedHashMap<>();
    sources.forEach((id, s) -> out.put(id, s.running().live().get()));
    return out;
  }

  static ObjectNode toJson(Source s) {
    ObjectNode o = NetworkView.JSON.createObjectNode();
    o.put("id", s.id());
    o.put("name", s.scenario().name());
    var report = s.running().report();
    if (!report.isDone()) {
      o.put("state", "running");
      o.set("scenarios", ResultsJson.toJson(false, s.running().live().get()).get("scenarios"));
    } else if (report.isCompletedExceptionally()) {
      o.put("state", "failed");
      try {
        report.join();
      } catch (RuntimeException e) {
        o.put("error", String.valueOf(e.getCause() == null ? e : e.getCause()));
      }
    } else {
      ScenarioRunner.Report r = report.join();
      o.put("state", "finished");
      o.put("ok", r.ok());
      o.set("scenarios", ResultsJson.toJson(r.ok(), r.results()).get("scenarios"));
      r.unmet().forEach(o.putArray("unmet")::add);
    }
    return o;
  }

  @Override
  public void close() {
    for (Source s : all()) {
      s.running().stop().run();
    }
    threads.shutdownNow();
  }
}
