package org.ss7sim.mtp.routing;

import java.util.Objects;

/**
 * One way to reach a destination: through the named link set (for M3UA, an application server or an
 * association to a signalling gateway), with a priority (0 = most preferred; primary before
 * alternates, Q.704 §4.2).
 */
public record Route(String via, int priority) {
  public Route {
    Objects.requireNonNull(via, "via");
    if (priority < 0) {
      throw new IllegalArgumentException("negative priority: " + priority);
    }
  }
}
