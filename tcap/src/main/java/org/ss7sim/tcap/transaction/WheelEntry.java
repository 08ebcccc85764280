package org.ss7sim.tcap.transaction;

/** A node of a {@link TimerWheel}; subclasses say what happens when it expires. */
public abstract class WheelEntry {
  long deadline;
  int slot = -1;
  WheelEntry prev;
  WheelEntry next;

  /** Whether the entry is armed on a wheel. */
  public final boolean isArmed() {
    return slot >= 0;
  }

  /** Called by the wheel when the timer runs out (already disarmed). */
  protected abstract void expire();
}
