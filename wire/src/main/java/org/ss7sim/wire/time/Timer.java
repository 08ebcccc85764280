package org.ss7sim.wire.time;

/** A scheduled one-shot task. */
public interface Timer {
  /**
   * Stops the timer if it has not fired yet.
   *
   * @return {@code true} if it was pending and will now never fire
   */
  boolean cancel();
}
