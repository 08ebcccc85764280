package org.ss7sim.simulator.network;

import java.time.Duration;
import java.util.List;

/**
 * A network did not start: links between nodes of this process were still not ASP-ACTIVE when the
 * start's wait ended. The message is one line naming each link still down and why (up to {@link
 * #NAMED}, then how many more).
 */
public final class LinksNotActiveException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** How many links the message names. */
  static final int NAMED = 20;

  private final transient List<String> down;

  LinksNotActiveException(Duration waited, int awaited, List<String> down) {
    super(message(waited, awaited, down));
    this.down = List.copyOf(down);
  }

  /** Each link still down: "node/link to peer: state, why". */
  public List<String> down() {
    return down;
  }

  private static String message(Duration waited, int awaited, List<String> down) {
    StringBuilder sb = new StringBuilder();
    sb.append(down.size())
        .append(" of ")
        .append(awaited)
        .append(awaited == 1 ? " link" : " links")
        .append(" not active after ")
        .append(seconds(waited))
        .append(": ");
    for (int i = 0; i < Math.min(NAMED, down.size()); i++) {
      sb.append(i == 0 ? "" : "; ").append(down.get(i));
    }
    if (down.size() > NAMED) {
      sb.append("; and ").append(down.size() - NAMED).append(" more");
    }
    return sb.toString();
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    return ms % 1000 == 0
        ? ms / 1000 + " s"
        : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1e3);
  }
}
