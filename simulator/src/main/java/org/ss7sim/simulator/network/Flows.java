package org.ss7sim.simulator.network;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.ss7sim.wire.Octets;

/**
 * Which call or message a wire message belongs to. A node's logic names the flow it works for
 * ({@link #enter}) before it sends; everything sent on that thread until the next {@link #enter}
 * belongs to it. A message received carries the flow of its sender (looked up by its bytes, which
 * cross the link unchanged), so a relaying STP and an answering HLR label what they send in reply
 * without knowing the flow themselves.
 */
public final class Flows {
  private static final long LOOKUP_WAIT_NANOS = 5_000_000;
  private static final ThreadLocal<String> CURRENT = ThreadLocal.withInitial(() -> "");

  private final ConcurrentMap<Octets, String> inFlight = new ConcurrentHashMap<>();

  /** The flow of the work on this thread from now on ("" for none). */
  public static void enter(String flow) {
    CURRENT.set(flow == null ? "" : flow);
  }

  /** The flow of the work on this thread. */
  public static String current() {
    return CURRENT.get();
  }

  /** A message leaves a node: remembered (with the sender's flow) until its receiver sees it. */
  String sent(Octets bytes) {
    String flow = CURRENT.get();
    inFlight.put(bytes, flow);
    return flow;
  }

  /**
   * A message arrives at a node: its sender's flow becomes this thread's. The sender records it
   * just after writing it, so a fast receiver may wait for it a moment (bounded).
   */
  String received(Octets bytes) {
    String flow = inFlight.remove(bytes);
    long deadline = System.nanoTime() + LOOKUP_WAIT_NANOS;
    while (flow == null && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      flow = inFlight.remove(bytes);
    }
    CURRENT.set(flow == null ? "" : flow);
    return CURRENT.get();
  }

  private final ConcurrentMap<Object, String> tagged = new ConcurrentHashMap<>();

  /** The key an ESME and an SMSC both know a submitted message by. */
  public static Object smsKey(String destination, Octets payload) {
    return destination + "/" + payload.toHex();
  }

  /** Remembers that the message known by {@code key} belongs to {@code flow}. */
  void tag(Object key, String flow) {
    tagged.put(key, flow);
  }

  /** The flow of the message known by {@code key}, forgotten after this; "" if unknown. */
  String claim(Object key) {
    String f = tagged.remove(key);
    return f == null ? "" : f;
  }

  /** Messages sent and not (yet) seen by a receiver. */
  int inFlight() {
    return inFlight.size();
  }

  void clear() {
    inFlight.clear();
    tagged.clear();
  }
}
