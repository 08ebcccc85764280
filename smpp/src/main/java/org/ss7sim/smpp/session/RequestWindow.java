package org.ss7sim.smpp.session;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import org.ss7sim.smpp.pdu.Pdu;

/**
 * Requests sent and not yet answered (SMPP 3.4 §2.7 "windowing"), keyed by sequence number, with a
 * deadline each. Deadlines share one timeout, so insertion order is deadline order and a sweep only
 * looks at the oldest entries. Owned by one session thread.
 */
public final class RequestWindow {
  private final int capacity;
  private final long timeoutNanos;
  private final LinkedHashMap<Integer, Entry> entries = new LinkedHashMap<>();

  /** An outstanding request. */
  public record Entry(int sequence, Pdu request, long deadline, Outstanding outstanding) {}

  public RequestWindow(int capacity, long timeoutNanos) {
    if (capacity < 1) {
      throw new IllegalArgumentException("window capacity " + capacity);
    }
    this.capacity = capacity;
    this.timeoutNanos = timeoutNanos;
  }

  public boolean hasRoom() {
    return entries.size() < capacity;
  }

  public int size() {
    return entries.size();
  }

  public int capacity() {
    return capacity;
  }

  /** Records a request sent at {@code now}; control PDUs may go past the capacity. */
  public void add(Pdu request, long now, Outstanding outstanding) {
    entries.put(
        request.sequence(),
        new Entry(request.sequence(), request, now + timeoutNanos, outstanding));
  }

  /**
   * Removes and returns the request answered by sequence number {@code sequence}, or {@code null}.
   */
  public Entry complete(int sequence) {
    return entries.remove(sequence);
  }

  /** Removes and returns the requests whose deadline has passed at {@code now}. */
  public List<Entry> expire(long now) {
    List<Entry> out = null;
    Iterator<Entry> it = entries.values().iterator();
    while (it.hasNext()) {
      Entry e = it.next();
      if (e.deadline - now > 0) {
        break;
      }
      it.remove();
      if (out == null) {
        out = new ArrayList<>();
      }
      out.add(e);
    }
    return out == null ? List.of() : out;
  }

  /** Removes and returns every outstanding request. */
  public List<Entry> drain() {
    List<Entry> out = new ArrayList<>(entries.values());
    entries.clear();
    return out;
  }
}
