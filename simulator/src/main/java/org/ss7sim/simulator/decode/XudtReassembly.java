package org.ss7sim.simulator.decode;

import java.util.HashMap;
import java.util.Map;
import org.ss7sim.sccp.message.Segmentation;
import org.ss7sim.wire.Octets;

/**
 * Joins the segments of segmented XUDT/XUDTS messages (Q.714 §4.1.1.2) across the frames of one
 * capture so that {@code decode} can show the TCAP of the whole. Bounded: at most {@value
 * #MAX_PENDING} messages in reassembly; the oldest is forgotten beyond that.
 */
final class XudtReassembly {
  static final int MAX_PENDING = 256;

  private final Map<String, Octets> pending = new HashMap<>();

  /** Whether segments of the message {@code s} belongs to are waiting. */
  boolean waiting(String originKey, Segmentation s) {
    return pending.containsKey(originKey + "/" + s.localReference());
  }

  /**
   * Adds a segment; returns the whole user data when this was the last segment of a message whose
   * first segment was seen, otherwise null.
   */
  Octets add(String originKey, Segmentation s, Octets data) {
    String key = originKey + "/" + s.localReference();
    if (s.first()) {
      if (pending.size() >= MAX_PENDING) {
        pending.remove(pending.keySet().iterator().next());
      }
      pending.put(key, data);
    } else {
      Octets sofar = pending.get(key);
      if (sofar == null) {
        return null;
      }
      pending.put(key, sofar.concat(data));
    }
    return s.remainingSegments() == 0 ? pending.remove(key) : null;
  }
}
