package org.ss7sim.isup.circuit;

/** This end's reset of one circuit (Q.764 §2.10.3, §2.13). */
public enum ResetState {
  /** No reset in progress or owed. */
  IDLE,
  /** RSC sent, T16/T17 running, awaiting RLC (§2.10.3.1). */
  AWAITING_RELEASE_COMPLETE,
  /** Covered by a GRS sent, T22/T23 running, awaiting GRA (§2.10.3.2). */
  AWAITING_GROUP_RESET_ACKNOWLEDGEMENT,
  /** Left in an unknown state by MTP-PAUSE: reset on MTP-RESUME (§2.10.3, §2.13). */
  RESET_REQUIRED
}
