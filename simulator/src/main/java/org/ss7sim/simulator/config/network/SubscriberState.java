package org.ss7sim.simulator.config.network;

/** What the simulated handset does when a short message or call arrives. */
public enum SubscriberState {
  /** Reachable; accepts short messages. */
  ATTACHED,
  /** Not reachable (MAP error absentSubscriberSM); the HLR sets the message waiting flag. */
  ABSENT,
  /** Busy for MT short messages (MAP error subscriberBusyForMT-SMS). */
  BUSY,
  /** No room for short messages (SM delivery failure, memory capacity exceeded). */
  MEMORY_FULL
}
