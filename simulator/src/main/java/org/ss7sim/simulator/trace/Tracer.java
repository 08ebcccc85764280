package org.ss7sim.simulator.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * Collects the messages of a run: each goes to the pcap (when one is being written) and, for the
 * first {@code flowsKept} flows of each kind, into memory for ladder diagrams. Thread-safe: nodes
 * on different threads record into one tracer.
 */
public final class Tracer implements AutoCloseable {
  private final PcapWriter pcap;
  private final int flowsKeptPerKind;
  private final Map<String, List<TraceEvent>> flows = new LinkedHashMap<>();
  private final Map<String, Integer> flowsPerKind = new LinkedHashMap<>();
  private long recorded;

  /**
   * @param pcap where to write every message, or {@code null} for no pcap
   * @param flowsKeptPerKind how many flows of each kind (the part of the flow id before '-') to
   *     keep for ladders
   */
  public Tracer(PcapWriter pcap, int flowsKeptPerKind) {
    this.pcap = pcap;
    this.flowsKeptPerKind = flowsKeptPerKind;
  }

  public void record(TraceEvent e) {
    if (pcap != null) {
      switch (e.carrier()) {
        case M3UA ->
            pcap.writeM3ua(e.epochMicros(), e.source(), e.destination(), e.streamId(), e.bytes());
        case SMPP -> pcap.writeTcp(e.epochMicros(), e.source(), e.destination(), e.bytes());
      }
    }
    synchronized (this) {
      recorded++;
      if (e.flow().isEmpty()) {
        return;
      }
      List<TraceEvent> events = flows.get(e.flow());
      if (events == null) {
        String kind = kindOf(e.flow());
        int kept = flowsPerKind.getOrDefault(kind, 0);
        if (kept >= flowsKeptPerKind) {
          return;
        }
        flowsPerKind.put(kind, kept + 1);
        events = new ArrayList<>();
        flows.put(e.flow(), events);
      }
      events.add(e);
    }
  }

  /** Messages recorded so far. */
  public synchronized long recorded() {
    return recorded;
  }

  /** The events of a kept flow, in the order recorded; empty if the flow was not kept. */
  public synchronized List<TraceEvent> flow(String flowId) {
    return List.copyOf(flows.getOrDefault(flowId, List.of()));
  }

  /** The ids of the kept flows of {@code kind}, in order of first appearance. */
  public synchronized List<String> flowsOfKind(String kind) {
    return flows.keySet().stream().filter(f -> kindOf(f).equals(kind)).toList();
  }

  private static String kindOf(String flow) {
    int dash = flow.indexOf('-');
    return dash < 0 ? flow : flow.substring(0, dash);
  }

  /** Flushes and closes the pcap. */
  @Override
  public void close() {
    if (pcap != null) {
      pcap.close();
    }
  }
}
