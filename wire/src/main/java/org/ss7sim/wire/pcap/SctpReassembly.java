package org.ss7sim.wire.pcap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Joins fragmented SCTP user messages (RFC 4960 §6.9) per association direction. The fragments of
 * one message carry consecutive TSNs, the first with the B bit, the last with the E bit, all on one
 * stream; ordered fragments (U bit clear) also share the stream sequence number, unordered ones (U
 * bit set) are joined by TSN alone. Fragments may arrive in any order and be retransmitted.
 *
 * <p>Bounded: at most {@value #MAX_PENDING_OCTETS} octets of fragments per direction and {@value
 * #MAX_DIRECTIONS} directions with fragments pending; beyond that the fragments are dropped with a
 * reason, never silently.
 */
final class SctpReassembly {
  static final int MAX_PENDING_OCTETS = 256 * 1024;
  static final int MAX_DIRECTIONS = 256;
  private static final int REMEMBERED_TSNS = 256;
  private static final long TSN_MASK = 0xffffffffL;

  private record Fragment(int frame, SctpDataChunk chunk) {}

  private static final class Direction {
    final Map<Long, Fragment> pending = new HashMap<>();
    long octets;

    /** TSNs of fragments already reassembled, with the frame that completed them. */
    final LinkedHashMap<Long, Integer> delivered =
        new LinkedHashMap<>() {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, Integer> e) {
            return size() > REMEMBERED_TSNS;
          }
        };
  }

  private final LinkedHashMap<String, Direction> directions = new LinkedHashMap<>(16, 0.75f, true);

  /** Adds one fragment (B and E not both set); returns what it led to. */
  List<CaptureEvent> add(
      int frame, long micros, Endpoint source, Endpoint destination, SctpDataChunk c) {
    List<CaptureEvent> out = new ArrayList<>();
    String key = source + " > " + destination;
    Direction d = directions.get(key);
    if (d == null) {
      d = new Direction();
      directions.put(key, d);
      evictBeyondLimit(frame, out);
    }
    Integer completedAt = d.delivered.get(c.tsn());
    if (completedAt != null) {
      out.add(
          new CaptureEvent.Skipped(
              frame,
              micros,
              "SCTP retransmission",
              "retransmitted fragment TSN "
                  + c.tsn()
                  + " of a message already reassembled at frame "
                  + completedAt));
      return out;
    }
    Fragment seen = d.pending.get(c.tsn());
    if (seen != null) {
      out.add(
          new CaptureEvent.Skipped(
              frame,
              micros,
              "SCTP retransmission",
              "retransmitted fragment TSN " + c.tsn() + ", first seen in frame " + seen.frame()));
      return out;
    }
    if (d.octets + c.userData().length() > MAX_PENDING_OCTETS) {
      out.add(
          dropAll(
              frame,
              key,
              d,
              "SCTP reassembly limit",
              "SCTP reassembly limit of "
                  + MAX_PENDING_OCTETS
                  + " octets for "
                  + key
                  + " reached at TSN "
                  + c.tsn()));
    }
    d.pending.put(c.tsn(), new Fragment(frame, c));
    d.octets += c.userData().length();
    List<Fragment> message = complete(d, c.tsn());
    if (message == null) {
      out.add(
          new CaptureEvent.Held(
              frame,
              micros,
              "SCTP fragment ("
                  + c.position()
                  + ") TSN "
                  + c.tsn()
                  + " stream "
                  + c.streamId()
                  + (c.unordered() ? " unordered" : " ssn " + c.streamSequence())
                  + ", "
                  + c.userData().length()
                  + " octets, held for reassembly"));
      return out;
    }
    int total = 0;
    for (Fragment f : message) {
      total += f.chunk().userData().length();
    }
    byte[] joined = new byte[total];
    int at = 0;
    List<Integer> frames = new ArrayList<>();
    for (Fragment f : message) {
      f.chunk().userData().copyTo(joined, at);
      at += f.chunk().userData().length();
      if (frames.isEmpty() || frames.get(frames.size() - 1) != f.frame()) {
        frames.add(f.frame());
      }
      d.pending.remove(f.chunk().tsn());
      d.delivered.put(f.chunk().tsn(), frame);
    }
    d.octets -= total;
    if (d.pending.isEmpty()) {
      directions.remove(key);
      directions.put(key, d); // keep the delivered TSNs for retransmissions
    }
    SctpDataChunk first = message.get(0).chunk();
    out.add(
        new CaptureEvent.Message(
            new CapturedMessage(
                frame,
                micros,
                TransportKind.SCTP,
                source,
                destination,
                first.streamId(),
                first.ppid(),
                org.ss7sim.wire.Octets.wrap(joined)),
            frames));
    return out;
  }

  /** At the end of the capture: every message still incomplete, one event per direction. */
  List<CaptureEvent> finish(int lastFrame) {
    List<CaptureEvent> out = new ArrayList<>();
    for (Map.Entry<String, Direction> e : directions.entrySet()) {
      if (!e.getValue().pending.isEmpty()) {
        out.add(
            dropAll(
                lastFrame,
                e.getKey(),
                e.getValue(),
                "incomplete SCTP message",
                "capture ended with an SCTP message on " + e.getKey() + " incomplete"));
      }
    }
    directions.clear();
    return out;
  }

  private void evictBeyondLimit(int frame, List<CaptureEvent> out) {
    Iterator<Map.Entry<String, Direction>> it = directions.entrySet().iterator();
    while (directions.size() > MAX_DIRECTIONS && it.hasNext()) {
      Map.Entry<String, Direction> eldest = it.next();
      if (!eldest.getValue().pending.isEmpty()) {
        out.add(
            dropAll(
                frame,
                eldest.getKey(),
                eldest.getValue(),
                "SCTP reassembly limit",
                "more than " + MAX_DIRECTIONS + " associations with fragments pending"));
      }
      it.remove();
    }
  }

  private static CaptureEvent dropAll(
      int frame, String key, Direction d, String kind, String reason) {
    TreeSet<Integer> frames = new TreeSet<>();
    TreeSet<Long> tsns = new TreeSet<>();
    for (Fragment f : d.pending.values()) {
      frames.add(f.frame());
      tsns.add(f.chunk().tsn());
    }
    d.pending.clear();
    d.octets = 0;
    return new CaptureEvent.Dropped(
        frame,
        new ArrayList<>(frames),
        kind,
        reason
            + ": "
            + tsns.size()
            + " fragment(s), TSN "
            + tsns.first()
            + (tsns.size() > 1 ? ".." + tsns.last() : "")
            + ", frames "
            + frames
            + ", dropped");
  }

  /** The fragments of the message {@code tsn} belongs to, in TSN order, if all are here. */
  private static List<Fragment> complete(Direction d, long tsn) {
    Fragment at = d.pending.get(tsn);
    long start = tsn;
    Fragment first = at;
    int steps = 0;
    while (!first.chunk().beginning()) {
      long prev = (start - 1) & TSN_MASK;
      Fragment f = d.pending.get(prev);
      if (f == null || f.chunk().ending() || !sameMessage(f.chunk(), at.chunk())) {
        return null;
      }
      start = prev;
      first = f;
      if (++steps > d.pending.size()) {
        return null;
      }
    }
    List<Fragment> run = new ArrayList<>();
    run.add(first);
    long t = start;
    Fragment f = first;
    while (!f.chunk().ending()) {
      t = (t + 1) & TSN_MASK;
      f = d.pending.get(t);
      if (f == null || f.chunk().beginning() || !sameMessage(f.chunk(), at.chunk())) {
        return null;
      }
      run.add(f);
      if (run.size() > d.pending.size()) {
        return null;
      }
    }
    return run;
  }

  private static boolean sameMessage(SctpDataChunk a, SctpDataChunk b) {
    return a.streamId() == b.streamId()
        && a.unordered() == b.unordered()
        && (a.unordered() || a.streamSequence() == b.streamSequence());
  }
}
