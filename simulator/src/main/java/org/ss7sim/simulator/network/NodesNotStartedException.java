package org.ss7sim.simulator.network;

import java.time.Duration;
import java.util.List;

/**
 * A network did not start: some nodes had not finished their own set-up (SCCP, TCAP, kind logic, on
 * their event loops) when the start's wait for it ended, so the machine is too busy for the network
 * at this size. The message is one line naming them (up to {@link #NAMED}, then how many more) and
 * what to do.
 */
public final class NodesNotStartedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** How many nodes the message names. */
  static final int NAMED = 10;

  private final transient List<String> pending;

  NodesNotStartedException(Duration waited, int nodes, List<String> pending) {
    super(message(waited, nodes, pending));
    this.pending = List.copyOf(pending);
  }

  /** The nodes whose set-up had not finished. */
  public List<String> pending() {
    return pending;
  }

  private static String message(Duration waited, int nodes, List<String> pending) {
    StringBuilder sb = new StringBuilder();
    sb.append(pending.size())
        .append(" of ")
        .append(nodes)
        .append(nodes == 1 ? " node" : " nodes")
        .append(" not set up after ")
        .append(
            waited.toMillis() % 1000 == 0
                ? waited.toSeconds() + " s"
                : String.format(java.util.Locale.ROOT, "%.1f s", waited.toMillis() / 1e3))
        .append(" (their event loops are behind: the machine is overloaded; raise")
        .append(" --start-timeout): ");
    for (int i = 0; i < Math.min(NAMED, pending.size()); i++) {
      sb.append(i == 0 ? "" : ", ").append(pending.get(i));
    }
    if (pending.size() > NAMED) {
      sb.append(" and ").append(pending.size() - NAMED).append(" more");
    }
    return sb.toString();
  }
}
