package org.ss7sim.simulator.trace;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Messages sent, by node, layer and message type, counted as the tracer records them: what the
 * control API's counters and {@code /metrics} show. The layer and type come from the trace label
 * ({@code IAM cic=5} is ISUP IAM, {@code TC-BEGIN sendRoutingInfoForSM} is TCAP TC-BEGIN with the
 * operation, {@code ASPAC} is M3UA, {@code submit_sm} is SMPP), so numbers and ids in a label never
 * make a new series.
 */
public final class MessageCounters {
  /** One series: a node's messages of one layer and type. */
  public record Key(String node, String layer, String type) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = node.compareTo(o.node);
      if (c == 0) {
        c = layer.compareTo(o.layer);
      }
      return c == 0 ? type.compareTo(o.type) : c;
    }
  }

  private final Map<Key, LongAdder> sent = new ConcurrentHashMap<>();

  void count(TraceEvent e) {
    sent.computeIfAbsent(key(e), k -> new LongAdder()).increment();
  }

  /** Messages sent so far, by series, sorted. */
  public Map<Key, Long> sent() {
    Map<Key, Long> out = new TreeMap<>();
    sent.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** Messages sent so far by {@code node}. */
  public long sentBy(String node) {
    return sent.entrySet().stream()
        .filter(e -> e.getKey().node().equals(node))
        .mapToLong(e -> e.getValue().sum())
        .sum();
  }

  // Compiled once: String.matches compiles its pattern on every call (per traced message).
  private static final java.util.regex.Pattern OPERATION =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
  private static final java.util.regex.Pattern SCCP =
      java.util.regex.Pattern.compile("X?UDTS?|LUDTS?");
  private static final java.util.regex.Pattern M3UA = java.util.regex.Pattern.compile("[A-Z_]+");

  static Key key(TraceEvent e) {
    String label = e.label();
    String[] words = label.split(" ");
    String first = words[0];
    if (e.carrier() == TraceEvent.Carrier.SMPP) {
      return new Key(e.from(), "smpp", first);
    }
    if (e.carrier() == TraceEvent.Carrier.SIP_UDP || e.carrier() == TraceEvent.Carrier.SIP_TCP) {
      return new Key(e.from(), "sip", first);
    }
    if (first.startsWith("TC-")) {
      String op = words.length > 1 && OPERATION.matcher(words[1]).matches() ? words[1] : "";
      return new Key(e.from(), "tcap", op.isEmpty() ? first : first + " " + op);
    }
    if (words.length > 1 && words[1].startsWith("cic=")) {
      return new Key(e.from(), "isup", first);
    }
    if (SCCP.matcher(first).matches()) {
      return new Key(e.from(), "sccp", first);
    }
    if (M3UA.matcher(label).matches()) {
      return new Key(e.from(), "m3ua", first);
    }
    return new Key(e.from(), "other", first);
  }
}
