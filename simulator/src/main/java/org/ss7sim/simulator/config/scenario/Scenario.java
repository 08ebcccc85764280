package org.ss7sim.simulator.config.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ss7sim.simulator.config.Location;

/**
 * A loaded scenario file.
 *
 * @param network the network file the scenario is written for, relative to the scenario file
 *     (informative: {@code ss7sim run} takes the network as its first argument)
 * @param duration the longest the run may take; sources still running are stopped
 * @param seed the seed of every random choice, so runs repeat
 * @param traffic the traffic sources, in file order
 * @param events the timed events, in time order (file order among equal times)
 * @param checks what must be observed during the run, in time order
 */
public record Scenario(
    String name,
    Optional<String> network,
    Optional<Duration> duration,
    long seed,
    List<TrafficSource> traffic,
    List<TimedEvent> events,
    List<Check> checks,
    Location location) {
  public Scenario {
    traffic = List.copyOf(traffic);
    events = events.stream().sorted(java.util.Comparator.comparing(TimedEvent::at)).toList();
    checks = checks.stream().sorted(java.util.Comparator.comparing(Check::at)).toList();
  }

  /** A scenario without checks. */
  public Scenario(
      String name,
      Optional<String> network,
      Optional<Duration> duration,
      long seed,
      List<TrafficSource> traffic,
      List<TimedEvent> events,
      Location location) {
    this(name, network, duration, seed, traffic, events, List.of(), location);
  }
}
