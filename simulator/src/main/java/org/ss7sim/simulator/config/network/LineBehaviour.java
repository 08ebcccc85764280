package org.ss7sim.simulator.config.network;

/** What a simulated line of a terminating switch does with an incoming call. */
public enum LineBehaviour {
  /** Alerts, then answers (ACM, ANM). */
  ANSWER,
  /** Rejects with cause 17 user busy. */
  BUSY,
  /** Alerts and never answers (the calling side's no-answer timer releases, cause 19). */
  NO_ANSWER,
  /** Rejects with cause 1 unallocated number. */
  UNALLOCATED
}
