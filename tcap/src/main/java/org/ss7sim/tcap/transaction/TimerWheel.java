package org.ss7sim.tcap.transaction;

import java.time.Duration;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * A hashed timer wheel for many long-lived timers (dialogue idle timers, invocation timers).
 * Entries are intrusive ({@link WheelEntry} nodes in per-slot doubly linked lists), so arming,
 * re-arming and cancelling are O(1) and allocate nothing. The wheel asks the {@link TimerService}
 * for one tick at a time, and only while it holds entries. Timers fire up to one tick late, never
 * early.
 */
public final class TimerWheel {
  private final TimerService timers;
  private final long tickNanos;
  private final WheelEntry[] slots;
  private final int mask;
  private final Duration tick;
  private long lastTick;
  private int size;
  private Timer pending;

  /** A wheel of {@code slotCount} (power of two) slots of {@code tick} each. */
  public TimerWheel(TimerService timers, Duration tick, int slotCount) {
    if (Integer.bitCount(slotCount) != 1) {
      throw new IllegalArgumentException("slot count must be a power of two: " + slotCount);
    }
    this.timers = timers;
    this.tick = tick;
    this.tickNanos = tick.toNanos();
    this.slots = new WheelEntry[slotCount];
    this.mask = slotCount - 1;
    this.lastTick = timers.nanoTime() / tickNanos;
  }

  public int size() {
    return size;
  }

  /** Arms (or re-arms) {@code e} to expire {@code delay} from now. */
  public void schedule(WheelEntry e, Duration delay) {
    cancel(e);
    long now = timers.nanoTime();
    e.deadline = now + delay.toNanos();
    // never into a tick already processed (also when re-armed from an expiry during a late tick)
    long due =
        Math.max((e.deadline + tickNanos - 1) / tickNanos, Math.max(lastTick, now / tickNanos) + 1);
    int slot = (int) (due & mask);
    e.slot = slot;
    e.next = slots[slot];
    e.prev = null;
    if (e.next != null) {
      e.next.prev = e;
    }
    slots[slot] = e;
    size++;
    if (pending == null) {
      scheduleTick();
    }
  }

  /** Disarms {@code e} if armed. */
  public void cancel(WheelEntry e) {
    if (e.slot < 0) {
      return;
    }
    if (e.prev != null) {
      e.prev.next = e.next;
    } else {
      slots[e.slot] = e.next;
    }
    if (e.next != null) {
      e.next.prev = e.prev;
    }
    e.prev = null;
    e.next = null;
    e.slot = -1;
    size--;
  }

  private void scheduleTick() {
    pending = timers.schedule(tick, this::onTick);
  }

  private void onTick() {
    pending = null;
    long now = timers.nanoTime();
    long nowTick = now / tickNanos;
    for (long t = lastTick + 1; t <= nowTick && size > 0; t++) {
      WheelEntry e = slots[(int) (t & mask)];
      while (e != null) {
        WheelEntry next = e.next;
        if (e.deadline <= now) {
          cancel(e);
          e.expire();
        }
        e = next;
      }
      if (t - lastTick > slots.length) {
        break;
      }
    }
    lastTick = nowTick;
    if (size > 0) {
      scheduleTick();
    }
  }
}
