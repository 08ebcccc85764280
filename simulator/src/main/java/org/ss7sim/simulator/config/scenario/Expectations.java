package org.ss7sim.simulator.config.scenario;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What must hold for a traffic source's results; the run's exit code is 0 only if every expectation
 * of every source holds. Absent values are not checked.
 *
 * @param successRatio the least fraction of attempts that must succeed (0–1)
 * @param latencyP50 the median latency must be at most this
 * @param latencyP99 the 99th percentile latency must be at most this
 * @param latencyMax no attempt may take longer
 * @param attempted how many attempts must have been made
 * @param causes for each failure cause named, how many failures with it; causes not named are not
 *     checked
 */
public record Expectations(
    OptionalDouble successRatio,
    Optional<Duration> latencyP50,
    Optional<Duration> latencyP99,
    Optional<Duration> latencyMax,
    Optional<CountBound> attempted,
    Map<String, CountBound> causes) {
  public static final Expectations NONE =
      new Expectations(
          OptionalDouble.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Map.of());

  public Expectations {
    causes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(causes));
  }
}
