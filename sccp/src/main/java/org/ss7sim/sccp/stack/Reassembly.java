package org.ss7sim.sccp.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.ProtocolClass;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.SccpUser;
import org.ss7sim.sccp.message.SccpMessage;
import org.ss7sim.sccp.message.Segmentation;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * Reassembly of segmented XUDT (Q.714 §4.1.2.3). A message is identified by the OPC, the calling
 * address and the segmentation local reference. Segments must arrive in order (they are class 1,
 * one SLS): the first with F set and n remaining, then n-1, …, 0. A segment out of sequence, or the
 * reassembly timer running out, abandons the message and reports it through the return procedure
 * with "segmentation failure" (only the first segment is returned). The table is bounded: when
 * full, a new first segment is refused with "destination cannot perform reassembly".
 */
final class Reassembly {
  interface Sink {
    void complete(
        SccpMessage first, Octets data, Origin origin, SccpUser user, ProtocolClass originalClass);

    void failed(SccpMessage first, Origin origin, SccpCounter why, ReturnCause cause);
  }

  private record Key(PointCode opc, SccpAddress calling, int localReference) {}

  private static final class Entry {
    final SccpMessage first;
    final Origin origin;
    final SccpUser user;
    final ProtocolClass originalClass;
    final List<Octets> parts = new ArrayList<>();
    int expectedRemaining;
    int size;
    Timer timer;

    Entry(SccpMessage first, Origin origin, SccpUser user, ProtocolClass originalClass) {
      this.first = first;
      this.origin = origin;
      this.user = user;
      this.originalClass = originalClass;
    }
  }

  private final TimerService timers;
  private final Duration timeout;
  private final int max;
  private final Sink sink;
  private final Map<Key, Entry> entries = new HashMap<>();

  Reassembly(TimerService timers, Duration timeout, int max, Sink sink) {
    this.timers = timers;
    this.timeout = timeout;
    this.max = max;
    this.sink = sink;
  }

  int pending() {
    return entries.size();
  }

  /** Drops every partial message and its timer (node shutdown). */
  void clear() {
    entries.values().forEach(e -> e.timer.cancel());
    entries.clear();
  }

  void accept(SccpMessage m, Segmentation s, Origin o, SccpUser user) {
    Key key = new Key(o.opc(), m.calling(), s.localReference());
    Entry e = entries.get(key);
    if (s.first()) {
      if (e != null) {
        abandon(key, e, SccpCounter.REASSEMBLY_FAILURES);
      }
      if (entries.size() >= max) {
        sink.failed(
            m,
            o,
            SccpCounter.REASSEMBLY_OVERFLOW,
            ReturnCause.DESTINATION_CANNOT_PERFORM_REASSEMBLY);
        return;
      }
      Entry created =
          new Entry(m, o, user, s.class1() ? ProtocolClass.CLASS_1 : ProtocolClass.CLASS_0);
      created.expectedRemaining = s.remainingSegments();
      created.parts.add(m.data());
      created.size = m.data().length();
      created.timer = timers.schedule(timeout, () -> expired(key, created));
      entries.put(key, created);
      return;
    }
    if (e == null) {
      sink.failed(m, o, SccpCounter.REASSEMBLY_FAILURES, ReturnCause.SEGMENTATION_FAILURE);
      return;
    }
    if (s.remainingSegments() != e.expectedRemaining - 1) {
      abandon(key, e, SccpCounter.REASSEMBLY_FAILURES);
      return;
    }
    e.expectedRemaining = s.remainingSegments();
    e.parts.add(m.data());
    e.size += m.data().length();
    if (e.expectedRemaining > 0) {
      return;
    }
    entries.remove(key);
    e.timer.cancel();
    WireWriter out = new WireWriter(e.size);
    for (Octets p : e.parts) {
      out.writeOctets(p);
    }
    sink.complete(e.first, out.toOctets(), e.origin, e.user, e.originalClass);
  }

  private void expired(Key key, Entry e) {
    if (entries.get(key) == e) {
      entries.remove(key);
      sink.failed(
          e.first, e.origin, SccpCounter.REASSEMBLY_TIMEOUTS, ReturnCause.SEGMENTATION_FAILURE);
    }
  }

  private void abandon(Key key, Entry e, SccpCounter why) {
    entries.remove(key);
    e.timer.cancel();
    sink.failed(e.first, e.origin, why, ReturnCause.SEGMENTATION_FAILURE);
  }
}
