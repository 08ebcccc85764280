package org.ss7sim.simulator.config.scenario;

import java.time.Duration;
import java.util.Optional;
import org.ss7sim.simulator.config.Location;

/**
 * Something that must be observed in the network during the run (the {@code checks:} list): that a
 * failure the events cause really happened (a link down, a node stopped, traffic over the other
 * STP, retries) and that it ended. Each unmet check is an unmet expectation of the run.
 */
public sealed interface Check {
  Location location();

  /** When the check is taken (the end of its window for a count). */
  Duration at();

  /**
   * The link's state at {@code at}, seen at its ASP end: {@code up} is ASP Active.
   *
   * @param link a link name of either end, as events name links
   */
  record LinkState(Duration at, String link, boolean up, Location location) implements Check {}

  /** Whether the node runs at {@code at} (a node stopped by an event does not). */
  record NodeState(Duration at, String node, boolean running, Location location) implements Check {}

  /**
   * How much a count of {@code node} grows from {@code from} to {@code at}: an M3UA counter of the
   * node ({@code counter}, e.g. {@code data_received}; with {@code link}, the DATA received on that
   * link only), or the messages with trace label {@code message} (e.g. {@code GRS}, {@code TC-BEGIN
   * sendRoutingInfoForSm}) the node sent. A node that restarts inside the window counts from zero
   * again after its restart.
   */
  record Count(
      Duration from,
      Duration at,
      String node,
      Optional<String> counter,
      Optional<String> link,
      Optional<String> message,
      CountBound bound,
      Location location)
      implements Check {
    /** What is counted, as a report line names it. */
    public String what() {
      return message
          .map(m -> "'" + m + "' sent")
          .orElseGet(() -> counter.orElse("") + link.map(l -> " on " + l).orElse(""));
    }
  }
}
