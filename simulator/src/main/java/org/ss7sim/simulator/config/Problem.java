package org.ss7sim.simulator.config;

import java.util.Comparator;
import java.util.Objects;

/** One thing wrong with a configuration that loaded: where, and what. */
public record Problem(Location location, String message) {
  /** File order: by source, line, column, then message. */
  public static final Comparator<Problem> IN_FILE_ORDER =
      Comparator.comparing((Problem p) -> p.location().source())
          .thenComparingInt(p -> p.location().line())
          .thenComparingInt(p -> p.location().column())
          .thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line:column: message}, one line. */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
