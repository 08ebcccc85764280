package org.ss7sim.simulator.network;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What external nodes answered, per operation (issue 13): each TCAP invoke a simulated node sends
 * over a link to an external node is remembered by its transaction; the answer that comes back on
 * such a link is counted under the operation as {@code result}, {@code error <code>}, {@code
 * reject}, {@code abort}, or the operations it invoked in answer (an SCP's {@code connect});
 * invokes never answered count as {@code unanswered} (the scenario counts them as timeouts). ISUP
 * messages from an external switch are counted by type under {@code isup}. Keyed by the external
 * peer of the link (the STP/SG when the node sits behind one).
 */
public final class ExternalAnswers {
  private final Map<String, Map<String, Map<String, Long>>> counts = new ConcurrentHashMap<>();
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();

  private record Pending(String peer, String operation) {}

  /** A message sent to external {@code peer} by {@code node}. */
  void sent(String node, String peer, FlowIds.Read read) {
    if (read.ids() instanceof FlowIds.InDialogue d && d.own() != null) {
      String label = read.label();
      int space = label.indexOf(' ');
      if (space > 0 && !label.contains(" result") && !label.contains(" error ")) {
        pending.put(node + "/" + d.own().tid(), new Pending(peer, label.substring(space + 1)));
      }
    }
  }

  /** A message received from external {@code peer} by {@code node}. */
  void received(String node, String peer, FlowIds.Read read) {
    if (read.ids() instanceof FlowIds.OnCircuit) {
      String label = read.label();
      count(peer, "isup", label.substring(0, label.indexOf(' ')));
      return;
    }
    if (!(read.ids() instanceof FlowIds.InDialogue d) || d.peer() == null) {
      return;
    }
    String key = node + "/" + d.peer().tid();
    String label = read.label();
    Pending p =
        label.startsWith("TC-END") || label.startsWith("TC-ABORT")
            ? pending.remove(key)
            : pending.get(key);
    if (p == null) {
      return;
    }
    String outcome;
    if (label.startsWith("TC-ABORT")) {
      outcome = "abort";
    } else if (label.contains(" error ")) {
      outcome = "error " + label.substring(label.indexOf(" error ") + 7).split(" ")[0];
    } else if (label.contains(" reject")) {
      outcome = "reject";
    } else if (label.contains(" result")) {
      outcome = "result";
    } else if (label.indexOf(' ') > 0) {
      // operations the external node invoked in answer (an SCP's Connect, ReleaseCall, ...)
      outcome = label.substring(label.indexOf(' ') + 1);
    } else if (label.startsWith("TC-END")) {
      outcome = "end";
    } else {
      return; // a TC-CONTINUE without components: the dialogue goes on
    }
    count(p.peer(), p.operation(), outcome);
  }

  private void count(String peer, String operation, String outcome) {
    counts
        .computeIfAbsent(peer, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(operation, k -> new ConcurrentHashMap<>())
        .merge(outcome, 1L, Long::sum);
  }

  /** External peer → operation → outcome → count (sorted), with the invokes still unanswered. */
  public Map<String, Map<String, Map<String, Long>>> counts() {
    Map<String, Map<String, Map<String, Long>>> out = new TreeMap<>();
    counts.forEach(
        (peer, ops) ->
            ops.forEach(
                (op, outcomes) ->
                    out.computeIfAbsent(peer, k -> new TreeMap<>())
                        .computeIfAbsent(op, k -> new TreeMap<>())
                        .putAll(outcomes)));
    pending
        .values()
        .forEach(
            p ->
                out.computeIfAbsent(p.peer(), k -> new TreeMap<>())
                    .computeIfAbsent(p.operation(), k -> new TreeMap<>())
                    .merge("unanswered", 1L, Long::sum));
    return out;
  }
}
