package org.ss7sim.simulator.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * Collects the messages of a run: each goes to the pcap (when one is being written) and, for the
 * first {@code flowsKept} flows of each kind, into memory for ladder diagrams. Thread-safe: nodes
 * on different threads record into one tracer.
 *
 * <p>Records reach the pcap in timestamp order: nodes on different threads stamp a message with
 * their own clock and record it a little later, so the tracer holds records in a reorder window
 * ({@link #DEFAULT_WINDOW_MICROS} of trace time by default) and writes a record once a record
 * {@code window} newer has been seen, or on {@link #flush()}/{@link #close()}. A record older than
 * one already written (later than the window allows) is written with the time of the last written
 * record, so the file stays in order; {@link #lateRecords()} counts them.
 */
public final class Tracer implements AutoCloseable {
  /** Half a second of trace time: records arrive up to ~0.1 s late on a loaded 2-core machine. */
  public static final long DEFAULT_WINDOW_MICROS = 500_000;

  private record Held(TraceEvent event, long order) {}

  private static final Comparator<Held> BY_TIME =
      Comparator.comparingLong((Held h) -> h.event().epochMicros()).thenComparingLong(Held::order);

  private final PcapWriter pcap;
  private final int flowsKeptPerKind;
  private final long windowMicros;
  private final PriorityQueue<Held> window = new PriorityQueue<>(BY_TIME);
  private final Map<String, List<Held>> flows = new LinkedHashMap<>();
  private final Map<String, Integer> flowsPerKind = new LinkedHashMap<>();
  private final MessageCounters counters = new MessageCounters();
  private long recorded;
  private long newest = Long.MIN_VALUE;
  private long lastWritten = Long.MIN_VALUE;
  private long late;

  /** Bound on the client connections remembered for {@link #claimOwnSmppClient}. */
  private static final int MAX_OWN_SMPP_CLIENTS = 1024;

  private final java.util.Set<String> ownSmppClients = new java.util.LinkedHashSet<>();

  /**
   * @param pcap where to write every message, or {@code null} for no pcap
   * @param flowsKeptPerKind how many flows of each kind (the part of the flow id before '-') to
   *     keep for ladders
   */
  public Tracer(PcapWriter pcap, int flowsKeptPerKind) {
    this(pcap, flowsKeptPerKind, DEFAULT_WINDOW_MICROS);
  }

  /** As above with a reorder window of {@code windowMicros} of trace time. */
  public Tracer(PcapWriter pcap, int flowsKeptPerKind, long windowMicros) {
    if (windowMicros < 0) {
      throw new IllegalArgumentException("window must not be negative: " + windowMicros);
    }
    this.pcap = pcap;
    this.flowsKeptPerKind = flowsKeptPerKind;
    this.windowMicros = windowMicros;
  }

  public synchronized void record(TraceEvent e) {
    counters.count(e);
    Held held = new Held(e, recorded++);
    if (pcap != null) {
      window.add(held);
      newest = Math.max(newest, e.epochMicros());
      writeUpTo(newest - windowMicros);
    }
    keep(held);
  }

  private void keep(Held held) {
    String flow = held.event().flow();
    if (flow.isEmpty()) {
      return;
    }
    List<Held> events = flows.get(flow);
    if (events == null) {
      String kind = kindOf(flow);
      int kept = flowsPerKind.getOrDefault(kind, 0);
      if (kept >= flowsKeptPerKind) {
        return;
      }
      flowsPerKind.put(kind, kept + 1);
      events = new ArrayList<>();
      flows.put(flow, events);
    }
    events.add(held);
  }

  private void writeUpTo(long micros) {
    while (!window.isEmpty() && window.peek().event().epochMicros() <= micros) {
      write(window.poll().event());
    }
  }

  private void write(TraceEvent e) {
    long at = e.epochMicros();
    if (at < lastWritten) {
      late++;
      at = lastWritten;
    }
    lastWritten = at;
    switch (e.carrier()) {
      case M3UA -> pcap.writeM3ua(at, e.source(), e.destination(), e.streamId(), e.bytes());
      case SMPP, SIP_TCP -> pcap.writeTcp(at, e.source(), e.destination(), e.bytes());
      case SIP_UDP -> pcap.writeUdp(at, e.source(), e.destination(), e.bytes());
    }
  }

  /** Messages sent, by node, layer and type. */
  public MessageCounters counters() {
    return counters;
  }

  /** Messages recorded so far. */
  public synchronized long recorded() {
    return recorded;
  }

  /**
   * Records that arrived after a newer record had been written (beyond the reorder window), written
   * with the time of that newer record.
   */
  public synchronized long lateRecords() {
    return late;
  }

  /** The events of a kept flow in time order (equal times: as recorded); empty if not kept. */
  public synchronized List<TraceEvent> flow(String flowId) {
    return flows.getOrDefault(flowId, List.of()).stream().sorted(BY_TIME).map(Held::event).toList();
  }

  /** The ids of the kept flows of {@code kind}, in order of first appearance. */
  public synchronized List<String> flowsOfKind(String kind) {
    return flows.keySet().stream().filter(f -> kindOf(f).equals(kind)).toList();
  }

  /** The ids of every kept flow, in order of first appearance. */
  public synchronized List<String> keptFlows() {
    return List.copyOf(flows.keySet());
  }

  private static String kindOf(String flow) {
    int dash = flow.indexOf('-');
    return dash < 0 ? flow : flow.substring(0, dash);
  }

  /**
   * Writes every record held in the reorder window and what the pcap has buffered, so a reader sees
   * every message recorded so far.
   */
  public synchronized void flush() {
    if (pcap != null) {
      writeUpTo(Long.MAX_VALUE);
      pcap.flush();
    }
  }

  /** Flushes and closes the pcap. */
  @Override
  public synchronized void close() {
    if (pcap != null) {
      writeUpTo(Long.MAX_VALUE);
      pcap.close();
    }
  }

  /**
   * An SMPP client of this run, whose own wire tap traces its session, connected from {@code
   * local}: an SMPP server of this run that sees a connection from there leaves it to that tap (one
   * record per PDU, not two). Unclaimed entries (the server is in another process) are forgotten
   * oldest first beyond {@value #MAX_OWN_SMPP_CLIENTS}.
   */
  public synchronized void ownSmppClient(String local) {
    ownSmppClients.add(addressKey(local));
    if (ownSmppClients.size() > MAX_OWN_SMPP_CLIENTS) {
      java.util.Iterator<String> oldest = ownSmppClients.iterator();
      oldest.next();
      oldest.remove();
    }
  }

  /**
   * Whether a connection an SMPP server of this run accepted from {@code remote} is one of this
   * run's own clients ({@link #ownSmppClient}); the entry is used up.
   */
  public synchronized boolean claimOwnSmppClient(String remote) {
    return ownSmppClients.remove(addressKey(remote));
  }

  /** {@code /127.0.0.1:40312} and {@code localhost/127.0.0.1:40312} alike: the part after '/'. */
  private static String addressKey(String address) {
    return address.substring(address.lastIndexOf('/') + 1);
  }
}
