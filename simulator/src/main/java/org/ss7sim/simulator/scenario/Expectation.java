package org.ss7sim.simulator.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ss7sim.simulator.config.scenario.CountBound;
import org.ss7sim.simulator.config.scenario.Expectations;
import org.ss7sim.simulator.report.ScenarioResult;

/** Checks a source's {@code expect:} against its result; each unmet one is a line. */
final class Expectation {
  private Expectation() {}

  static List<String> unmet(String source, Expectations e, ScenarioResult r) {
    List<String> out = new ArrayList<>();
    if (e.successRatio().isPresent()) {
      double want = e.successRatio().getAsDouble();
      double got = r.attempted() == 0 ? 0 : (double) r.succeeded() / r.attempted();
      if (got + 1e-9 < want) {
        out.add(
            String.format(
                Locale.ROOT,
                "%s: success ratio %.3f (%d of %d), expected at least %.3f; failures %s",
                source,
                got,
                r.succeeded(),
                r.attempted(),
                want,
                r.failed()));
      }
    }
    latency(out, source, "p50", e.latencyP50().orElse(null), r.latencyMillis(50));
    latency(out, source, "p99", e.latencyP99().orElse(null), r.latencyMillis(99));
    latency(out, source, "max", e.latencyMax().orElse(null), r.maxLatencyMillis());
    if (e.attempted().isPresent() && !e.attempted().get().holds(r.attempted())) {
      out.add(source + ": " + r.attempted() + " attempts, expected " + e.attempted().get());
    }
    for (Map.Entry<String, CountBound> c : e.causes().entrySet()) {
      long n = r.failed().getOrDefault(c.getKey(), 0L);
      if (!c.getValue().holds(n)) {
        out.add(
            source
                + ": cause "
                + c.getKey()
                + " seen "
                + n
                + " times, expected "
                + c.getValue()
                + "; failures "
                + r.failed());
      }
    }
    return out;
  }

  private static void latency(
      List<String> out, String source, String which, Duration bound, double gotMillis) {
    if (bound != null && gotMillis > bound.toNanos() / 1e6) {
      out.add(
          String.format(
              Locale.ROOT,
              "%s: latency %s %.1f ms, expected at most %d ms",
              source,
              which,
              gotMillis,
              bound.toMillis()));
    }
  }
}
